import { appendAudit } from "@/lib/audit/append";
import { encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import {
  insertClockEvent,
  listClockEvents,
  lockRequest,
  updateRequestIfVersion,
  type NewRequestRow,
  type RequestRow,
} from "@/lib/db/queries/requests";
import { requestMessages } from "@/lib/db/schema";
import { planFulfilment } from "@/lib/fulfilment/engine/plan-fulfilment";
import { resumeStoppedSteps } from "@/lib/fulfilment/engine/resume-stopped-steps";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { fulfilmentAutostartJob } from "@/lib/queue/jobs/fulfilment-autostart";
import { localDateOf } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { decideTransition, type Actor, type LifecycleAction, type LifecycleEvent } from "@/lib/domain/lifecycle";
import { requestDeadline } from "@/lib/domain/deadline/request-deadline";
import { queueTransitionMails } from "./transition-mails";

export interface TransitionInput {
  requestId: string;
  /** The version the actor saw; a mismatch is a conflict, never a silent overwrite. */
  expectedVersion?: number;
  actor: Actor;
  action: LifecycleAction;
  now?: Date;
  /** Extra columns the calling use case sets in the same update (e.g. the status-link hash). */
  extraSet?: Partial<NewRequestRow>;
}

export interface TransitionOutcome {
  before: RequestRow;
  request: RequestRow;
  events: LifecycleEvent[];
}

const TERMINAL = new Set(["completed", "rejected", "withdrawn"]);

export function auditActor(actor: Actor): { type: "staff" | "subject" | "system"; id: string | null } {
  return actor.kind === "staff" ? { type: "staff", id: actor.id } : { type: actor.kind, id: null };
}

/**
 * Applies one lifecycle transition inside the caller's transaction: locks the request, asks the pure
 * lifecycle function, writes the new state with its clock events, audit entries and mails (outbox).
 */
export async function runTransition(tx: Db, input: TransitionInput): Promise<TransitionOutcome> {
  const now = input.now ?? new Date();
  const row = await lockRequest(tx, { id: input.requestId });
  if (!row) throw new DomainError("not_found", "This request does not exist.");
  if (input.expectedVersion !== undefined && row.version !== input.expectedVersion) {
    throw new DomainError(
      "conflict",
      "Someone else changed this request in the meantime. Reload it to see the latest version, then try again.",
    );
  }
  const clockEvents = await listClockEvents(tx, { requestId: row.id });
  const extended = row.extendedAt !== null;
  const deadline = requestDeadline({
    jurisdiction: row.jurisdiction,
    receivedAt: row.receivedAt,
    extended,
    clockEvents,
    asOf: now,
  });
  const decision = decideTransition(
    {
      status: row.status,
      type: row.type,
      assigneeId: row.assigneeId,
      extended,
      extensionAllowed: deadline.extendedDueDate !== null,
      firstDueDate: deadline.firstDueDate,
      today: localDateOf(now, deadline.timeZone),
      clockStopAllowed: deadline.clockStopAllowed,
    },
    input.actor,
    input.action,
  );
  if (!decision.ok) throw new DomainError(decision.code, decision.message);

  const actorId = input.actor.kind === "staff" ? input.actor.id : null;
  const set: Partial<NewRequestRow> = { status: decision.to, ...input.extraSet };
  if ("assigneeId" in decision.patch) set.assigneeId = decision.patch.assigneeId ?? null;
  const action = input.action;
  for (const e of decision.events) {
    if (e.kind !== "clock") continue;
    const reason = action.type === "extend" ? action.reason : null;
    await insertClockEvent(tx, { requestId: row.id, kind: e.event, at: now, reason, actorId });
    clockEvents.push({ id: "", requestId: row.id, kind: e.event, at: now, reason, actorId });
    if (e.event === "pause") set.pausedAt = now;
    if (e.event === "resume") set.pausedAt = null;
  }
  if (action.type === "extend") {
    set.extendedAt = now;
    set.extensionReason = action.reason;
  }
  if (action.type === "verify") set.verifiedAt = now;
  if (action.type === "refuse") {
    set.refusalReasonCode = action.reasonCode;
    set.refusalReasonText = action.reasonText;
    set.outcome = "refused";
  }
  if (action.type === "complete") set.outcome = "completed";
  if (action.type === "withdraw") set.outcome = "withdrawn";
  if (action.type === "reopen") {
    set.closedAt = null;
    set.outcome = null;
  }
  if (TERMINAL.has(decision.to)) set.closedAt = now;

  const after = requestDeadline({
    jurisdiction: row.jurisdiction,
    receivedAt: row.receivedAt,
    extended: extended || decision.patch.extended === true,
    clockEvents,
    asOf: now,
  });
  set.firstDueDate = after.firstDueDate;
  set.extendedDueDate = after.extendedDueDate && (extended || decision.patch.extended) ? after.extendedDueDate : null;
  set.dueDate = after.dueDate;

  const updated = await updateRequestIfVersion(tx, { id: row.id, version: row.version, set });
  if (!updated)
    throw new DomainError(
      "conflict",
      "Someone else changed this request in the meantime. Reload it to see the latest version, then try again.",
    );

  if (action.type === "ask_subject") {
    await tx.insert(requestMessages).values({
      requestId: row.id,
      direction: "outbound",
      bodyEnc: encrypt(action.message, `request_messages.body:${row.id}`),
      templateKey: "clarification_request",
      authorStaffId: actorId,
    });
  }
  for (const e of decision.events) {
    if (e.kind !== "audit") continue;
    await appendAudit(tx, {
      actor: auditActor(input.actor),
      action: e.action,
      requestId: row.id,
      payload: {
        from: decision.from,
        to: decision.to,
        version: updated.version,
        ...(e.data ?? {}),
        ...(set.dueDate !== row.dueDate ? { dueDate: set.dueDate } : {}),
      },
    });
  }
  await queueTransitionMails(tx, {
    before: row,
    request: updated,
    events: decision.events,
    action,
    actor: input.actor,
  });
  for (const e of decision.events) {
    if (e.kind !== "job") continue;
    if (e.name === "fulfilment.start") await planFulfilment(tx, updated);
    // Only a direct-marketing objection runs without a person; the job checks the scope.
    if (e.name === "fulfilment.plan" && updated.type === "objection")
      await enqueueJob(tx, fulfilmentAutostartJob, { requestId: updated.id });
  }
  if (action.type === "reopen") await resumeStoppedSteps(tx, updated.id);
  // A refused or withdrawn request stops its plan (the advance skips what had not run yet); a reply
  // from the subject lets a plan that waited for it go on.
  if (
    ((decision.to === "rejected" || decision.to === "withdrawn") && decision.from !== "unverified") ||
    action.type === "subject_replied"
  ) {
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: updated.id });
  }
  return { before: row, request: updated, events: decision.events };
}
