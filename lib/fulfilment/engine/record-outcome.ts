import { appendAudit } from "@/lib/audit/append";
import type { StepOutcome } from "@/lib/connectors/types";
import type { Db } from "@/lib/db/client";
import { updateTaskIf, type TaskRow } from "@/lib/db/queries/tasks";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { sealStepDetail } from "@/lib/fulfilment/step-results/details";
import { stepSummary } from "@/lib/fulfilment/step-results/summaries";

/**
 * Records a finished (or now waiting) step and queues the next advance, in one transaction; a step
 * already recorded is left alone. The summary and detail are checked against the operation's schema
 * first: a result that does not fit fails the step rather than being stored.
 */
export async function recordOutcome(
  tx: Db,
  task: TaskRow,
  outcome: StepOutcome,
  extra: Partial<TaskRow> = {},
  now = new Date(),
): Promise<boolean> {
  const done = outcome.status === "done";
  const summary = outcome.summary === undefined ? null : stepSummary(task.operation, outcome.summary);
  const updated = await updateTaskIf(tx, {
    id: task.id,
    from: ["running"],
    set: {
      status: done ? "succeeded" : "waiting",
      resultSummary: summary,
      resultEnc: done ? sealStepDetail(task.id, task.operation, outcome.detail) : null,
      lastError: null,
      // The real end of the step (`now` is when its attempt began): durations read from the row are true.
      ...(done ? { finishedAt: new Date(Math.max(now.getTime(), Date.now())) } : {}),
      ...extra,
    },
  });
  if (!updated) return false;
  await appendAudit(tx, {
    actor: { type: "system" },
    action: done ? "task.succeeded" : "task.waiting",
    requestId: task.requestId,
    payload: { taskId: task.id, operation: task.operation, systemId: task.systemId, summary: summary ?? {} },
  });
  if (done) await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: task.requestId });
  return true;
}
