import { appendAudit } from "@/lib/audit/append";
import type { Database } from "@/lib/db/client";
import { encryptTaskNote, lockTask, updateTaskIf } from "@/lib/db/queries/tasks";
import { sealStepDetail } from "@/lib/fulfilment/step-results/details";
import { stepSummary } from "@/lib/fulfilment/step-results/summaries";
import { errorText } from "./error-text";
import { DomainError } from "@/lib/domain/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { isGate } from "./plan";
import { detail } from "@/lib/domain/error-details";

export type WaitingOutcome =
  | { status: "succeeded"; summary: Record<string, unknown>; detail?: unknown; note?: string }
  | { status: "failed"; error: string };

/**
 * Finishes a step that was waiting on the outside world: a webhook system calling back, or a person
 * completing a manual task. A step that is not waiting any more (already completed, or retried) is
 * refused, so a replayed callback or a double click changes nothing.
 */
export async function completeWaitingTask(
  database: Database,
  p: {
    taskId: string;
    systemId?: string;
    outcome: WaitingOutcome;
    actor: { type: "system" } | { type: "staff"; id: string };
    now?: Date;
  },
): Promise<{ updated: boolean }> {
  const now = p.now ?? new Date();
  return database.transaction(async (tx) => {
    const task = await lockTask(tx, { id: p.taskId });
    if (!task || (p.systemId !== undefined && task.systemId !== p.systemId) || isGate(task.operation))
      throw new DomainError("not_found", detail("fulfilment.step_not_found"));
    if (task.status !== "waiting")
      throw new DomainError(
        "invalid_transition",
        detail("fulfilment.step_not_waiting_for_result", { taskStatus: task.status }),
      );
    const o = p.outcome;
    // What the step said while waiting (manual, webhook) stays beside what it reports now; both are checked.
    const summary =
      o.status === "succeeded"
        ? stepSummary(task.operation, { ...stepSummary(task.operation, task.resultSummary ?? {}), ...o.summary })
        : null;
    const completedBy = p.actor.type === "staff" ? p.actor.id : null;
    const updated = await updateTaskIf(tx, {
      id: task.id,
      from: ["waiting"],
      set:
        o.status === "succeeded"
          ? {
              status: "succeeded",
              resultSummary: summary,
              resultEnc: sealStepDetail(task.id, task.operation, o.detail),
              note: o.note ? encryptTaskNote(task.id, o.note) : task.note,
              completedBy,
              finishedAt: now,
              lastError: null,
            }
          : p.actor.type === "staff"
            ? // A person's reason may name the subject: kept encrypted in the note, not in the error.
              {
                status: "failed",
                lastError: "Marked failed by a person (see the note)",
                note: encryptTaskNote(task.id, o.error.slice(0, 4000)),
                completedBy,
                finishedAt: now,
              }
            : { status: "failed", lastError: errorText(new Error(o.error)), completedBy, finishedAt: now },
    });
    if (!updated) return { updated: false };
    await appendAudit(tx, {
      actor: p.actor,
      action: o.status === "succeeded" ? "task.succeeded" : "task.failed",
      requestId: task.requestId,
      payload: {
        taskId: task.id,
        operation: task.operation,
        systemId: task.systemId,
        ...(o.status === "failed" ? { failed: true } : { summary: o.summary }),
      },
    });
    if (o.status === "succeeded") await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: task.requestId });
    return { updated: true };
  });
}
