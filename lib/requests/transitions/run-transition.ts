import type { Db } from "@/lib/db/client";
import { lockRequest, updateRequestIfVersion, type NewRequestRow, type RequestRow } from "@/lib/db/queries/requests";
import { requestDeadline } from "@/lib/domain/deadline/request-deadline";
import { DomainError } from "@/lib/domain/errors";
import { decideTransition, type Actor, type LifecycleAction, type LifecycleEvent } from "@/lib/domain/lifecycle";
import { identityClockFrom, loadLifecycleContext } from "./lifecycle-context";
import { applyLifecycleEvent } from "./transition-effects";
import { detail } from "@/lib/domain/error-details";

export interface TransitionInput {
  requestId: string;
  /** The version the actor saw; a mismatch is a conflict, never a silent overwrite. */
  expectedVersion?: number;
  actor: Actor;
  action: LifecycleAction;
  now?: Date;
  /** A check that needs the locked row (e.g. who holds the request now); throws to refuse. */
  guard?: (row: RequestRow) => void;
  /** Extra columns the calling use case sets in the same update (e.g. the status-link hash). */
  extraSet?: Partial<NewRequestRow>;
}

export interface TransitionOutcome {
  before: RequestRow;
  request: RequestRow;
  events: LifecycleEvent[];
}

/**
 * Applies one lifecycle transition inside the caller's transaction: locks the request, asks the pure
 * lifecycle, writes its patch with the due dates that follow, then turns each event into its effect
 * (audit entry, mail and jobs through the outbox, clock event, message).
 */
export async function runTransition(tx: Db, input: TransitionInput): Promise<TransitionOutcome> {
  const now = input.now ?? new Date();
  const row = await lockRequest(tx, { id: input.requestId });
  if (!row) throw new DomainError("not_found", detail("common.request_not_found"));
  if (input.expectedVersion !== undefined && row.version !== input.expectedVersion) {
    throw new DomainError("conflict", detail("common.request_changed_meanwhile"));
  }
  input.guard?.(row);
  // Minimised at the end of its record period (lib/maintenance): only the record is left, nothing to reopen.
  if (row.minimisedAt) throw new DomainError("invalid_transition", detail("requests.minimised"));
  const { context, clockEvents, identityAskedAt } = await loadLifecycleContext(tx, row, now);
  const decision = decideTransition(context, input.actor, input.action);
  if (!decision.ok) throw new DomainError(decision.code, decision.detail, decision.fields);

  // The due dates follow from the clock, including the events this transition adds.
  const actorId = input.actor.kind === "staff" ? input.actor.id : null;
  for (const e of decision.events)
    if (e.kind === "clock")
      clockEvents.push({ id: "", requestId: row.id, kind: e.event, at: now, reason: e.reason, actorId });
  const extended = (decision.patch.extendedAt ?? row.extendedAt) !== null;
  // The row carries the residence, the controller calendar it was filed under and the receipt time.
  // UK: a verification answered now starts the clock now (Art. 12A(2)(b)).
  const identityReceivedAt = identityClockFrom(row, identityAskedAt, decision.patch.verifiedAt ?? row.verifiedAt);
  const deadline = requestDeadline({ ...row, extended, clockEvents, identityReceivedAt, asOf: now });
  const updated = await updateRequestIfVersion(tx, {
    id: row.id,
    version: row.version,
    set: {
      ...decision.patch,
      ...input.extraSet,
      firstDueDate: deadline.firstDueDate,
      extendedDueDate: extended ? deadline.extendedDueDate : null,
      dueDate: deadline.dueDate,
    },
  });
  if (!updated) throw new DomainError("conflict", detail("common.request_changed_meanwhile"));

  for (const event of decision.events) {
    await applyLifecycleEvent(tx, event, { before: row, request: updated, actor: input.actor, now });
  }
  return { before: row, request: updated, events: decision.events };
}
