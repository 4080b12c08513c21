import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { liftNoticeMailKey, liftNoticeRound } from "@/lib/db/queries/lift-notices";
import { lockRequest } from "@/lib/db/queries/requests";
import { insertTasks, listTasks, setTaskNote, updateTaskIf, type TaskRow } from "@/lib/db/queries/tasks";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { enabledSystems } from "@/lib/fulfilment/engine/enabled-systems";
import { planLiftSteps, type PlannedStep } from "@/lib/fulfilment/engine/plan";
import { liftStateOf } from "@/lib/fulfilment/lift-state";
import { skipOf, stepSummary } from "@/lib/fulfilment/step-results/summaries";
import { detail } from "@/lib/domain/error-details";

export const liftRestrictionInput = z.object({
  requestId: z.uuid(),
  reason: z.string().trim().min(10, "explain why the restriction ends (at least 10 characters)").max(2000),
});

/**
 * Ends a restriction (Art. 18(3)): plans the notice to the subject first, then the lift in every
 * system that restricted; the lift steps wait until the notice has been sent. After a lift staff
 * cancelled, a new one may be started: its steps are put back in line with the new reason, and its
 * notice is a new mail (the next round's key, kept on the step until it runs).
 */
export async function liftRestriction(staffId: string, raw: z.input<typeof liftRestrictionInput>): Promise<void> {
  const input = liftRestrictionInput.parse(raw);
  await db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: input.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    if (request.type !== "restriction")
      throw new DomainError("invalid_transition", detail("fulfilment.lift_not_restriction"));
    if (request.status === "rejected" || request.status === "withdrawn")
      throw new DomainError("invalid_transition", detail("fulfilment.closed_no_lift"));
    const tasks = await listTasks(tx, { requestId: request.id });
    // Not while a lift is announced, nor once one has run; after a cancelled one, yes.
    const state = liftStateOf(tasks);
    const lifting = tasks.some((t) => t.operation === "lift_restriction" && t.status !== "succeeded");
    if (state === "pending" || (state === "done" && lifting))
      throw new DomainError("conflict", detail("fulfilment.lift_already_started"));
    if (state === "done") throw new DomainError("conflict", detail("fulfilment.lift_already_done"));
    if (tasks.some((t) => t.status !== "succeeded" && t.status !== "skipped"))
      throw new DomainError("invalid_transition", detail("fulfilment.restriction_in_progress"));
    const restricted = new Set(
      tasks.filter((t) => t.operation === "restrict" && t.status === "succeeded").map((t) => t.systemId),
    );
    if (restricted.size === 0) throw new DomainError("invalid_transition", detail("fulfilment.nothing_restricted"));
    const systems = (await enabledSystems(tx)).filter((s) => restricted.has(s.system.id));
    const steps = planLiftSteps(systems.map((s) => ({ id: s.system.id, capabilities: s.connector.capabilities })));
    const round = nextRound(request.id, tasks);
    await planLift(tx, { requestId: request.id, tasks, steps, mailKey: liftNoticeMailKey(request.id, round) });
    // The notice step mails the reason to the subject: it is kept on that step, encrypted.
    const notice = (await listTasks(tx, { requestId: request.id })).find((t) => t.operation === "lift_notice");
    if (!notice) throw new Error("the lift notice step was not planned");
    await setTaskNote(tx, { id: notice.id, note: input.reason });
    // The reason goes to the subject in the notice; the audit entry records that one was given.
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "restriction.lift_requested",
      requestId: request.id,
      payload: {
        reasonGiven: true,
        systems: steps.filter((s) => s.systemId).map((s) => s.systemId),
        ...(round > 1 ? { round } : {}),
      },
    });
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: request.id });
  });
}

/** The lift this one is: 1 for the first, else one more than the cancelled lift's notice (its key says which). */
function nextRound(requestId: string, tasks: TaskRow[]): number {
  const notice = tasks.find((t) => t.operation === "lift_notice");
  if (!notice) return 1;
  const marker = skipOf(notice);
  const key = marker && "mailKey" in marker ? marker.mailKey : undefined;
  // A lift cancelled before notices were numbered was the first.
  return (key ? (liftNoticeRound(requestId, key) ?? 1) : 1) + 1;
}

/**
 * Writes the lift's steps: a step a cancelled lift left skipped (same operation and system) goes back to
 * pending, afresh; any other is inserted. The notice carries its mail key until it runs.
 */
async function planLift(
  tx: Db,
  p: { requestId: string; tasks: TaskRow[]; steps: PlannedStep[]; mailKey: string },
): Promise<void> {
  const fresh = [];
  for (const s of p.steps) {
    const summary = s.operation === "lift_notice" ? stepSummary("lift_notice", { mailKey: p.mailKey }) : null;
    const old = p.tasks.find((t) => t.operation === s.operation && t.systemId === s.systemId);
    if (!old) {
      fresh.push({
        requestId: p.requestId,
        systemId: s.systemId,
        operation: s.operation,
        position: s.position,
        resultSummary: summary,
      });
      continue;
    }
    const reset = await updateTaskIf(tx, {
      id: old.id,
      from: ["skipped"],
      set: {
        status: "pending",
        position: s.position,
        resultSummary: summary,
        resultEnc: null,
        lastError: null,
        attempts: 0,
        notBefore: null,
        note: null,
        startedAt: null,
        finishedAt: null,
        completedBy: null,
      },
    });
    if (!reset) throw new Error(`the ${s.operation} step of the cancelled lift is not skipped`);
  }
  await insertTasks(tx, fresh);
}
