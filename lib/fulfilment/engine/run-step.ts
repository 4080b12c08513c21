import { appendAudit } from "@/lib/audit/append";
import { db, pool } from "@/lib/db/client";
import { findRequest, lockRequest } from "@/lib/db/queries/requests";
import { countTaskAttempt, findTask, listTasks, lockTask, updateTaskIf, type TaskRow } from "@/lib/db/queries/tasks";
import { skipMarker } from "@/lib/fulfilment/step-results/summaries";
import { errorText } from "./error-text";
import { INTERNAL_STEPS, StepDeferred } from "./internal-steps";
import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { notifyStaffAttention } from "@/lib/db/queries/staff-attention";
import { isInternal } from "./plan";
import { recordOutcome } from "./record-outcome";
import { runConnectorStep } from "./run-connector-step";

export interface StepAttempt {
  /** 1-based attempt of the job running this step. */
  attempt: number;
  maxAttempts: number;
  now?: Date;
}

export type StepRunResult =
  { ran: false; reason: string } | { ran: true; status: "succeeded" | "waiting" | "failed" | "skipped" | "deferred" };

/** An engine step (assemble, notify recipients, complete…): its writes and its record commit together. */
async function runInternalStep(task: TaskRow, now: Date): Promise<StepRunResult> {
  return db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: task.requestId });
    const locked = await lockTask(tx, { id: task.id });
    if (!request || !locked || locked.status !== "running") return { ran: false, reason: "already recorded" } as const;
    const tasks = await listTasks(tx, { requestId: task.requestId });
    if (!isInternal(locked.operation)) throw new Error(`the engine does not run ${locked.operation} itself`);
    const result = await INTERNAL_STEPS[locked.operation]({
      tx,
      request,
      task: locked,
      tasks,
      now,
    });
    const status = result.waiting ? "waiting" : "done";
    await recordOutcome(tx, locked, { status, summary: result.summary }, {}, now);
    return { ran: true, status: result.waiting ? "waiting" : "succeeded" } as const;
  });
}

/**
 * Runs one step (the `fulfilment.step` job). Only a step marked running is run, and a session
 * advisory lock keeps two deliveries of the same job from running it side by side; a crash in the
 * middle leaves it running, and the job's redelivery runs it again (every operation is idempotent).
 * The last failed attempt marks the step failed with its error, for a person to retry.
 */
export async function runStep(taskId: string, attempt: StepAttempt): Promise<StepRunResult> {
  const now = attempt.now ?? new Date();
  const task = await findTask(db(), { id: taskId });
  if (!task || task.status !== "running")
    return { ran: false, reason: task ? `step is ${task.status}` : "no such step" };
  const lockClient = await pool().connect();
  try {
    const { rows } = await lockClient.query<{ got: boolean }>(
      "select pg_try_advisory_lock(hashtextextended($1, 0)) as got",
      [taskId],
    );
    if (!rows[0]?.got) return { ran: false, reason: "running elsewhere" };
    try {
      // Read again under the lock: a delivery that waited for it finds the step already recorded.
      const current = await findTask(db(), { id: taskId });
      if (!current || current.status !== "running")
        return { ran: false, reason: current ? `step is ${current.status}` : "no such step" };
      const request = await findRequest(db(), { id: task.requestId });
      if (!request || request.status === "rejected" || request.status === "withdrawn") {
        // Refused or withdrawn after this step was queued: nothing more is done against the systems.
        await db().transaction(async (tx) => {
          if (
            await updateTaskIf(tx, {
              id: taskId,
              from: ["running"],
              set: {
                status: "skipped",
                resultSummary: skipMarker({ stoppedBy: request?.status ?? "missing" }),
                finishedAt: now,
              },
            })
          ) {
            await appendAudit(tx, {
              actor: { type: "system" },
              action: "task.skipped",
              requestId: task.requestId,
              payload: {
                taskId,
                operation: task.operation,
                systemId: task.systemId,
                because: request?.status ?? "missing",
              },
            });
          }
        });
        return { ran: true, status: "skipped" };
      }
      await countTaskAttempt(db(), { id: taskId, now });
      try {
        return isInternal(task.operation)
          ? await runInternalStep(task, now)
          : await runConnectorStep(task, request, now);
      } catch (err) {
        if (err instanceof StepDeferred) {
          // Put back in line; whatever unblocks it (the subject's reply) queues an advance.
          await updateTaskIf(db(), {
            id: taskId,
            from: ["running"],
            set: { status: "pending", lastError: err.message },
          });
          return { ran: true, status: "deferred" };
        }
        const last = attempt.attempt >= attempt.maxAttempts;
        await db().transaction(async (tx) => {
          const updated = await updateTaskIf(tx, {
            id: taskId,
            from: ["running"],
            set: last
              ? { status: "failed", lastError: errorText(err), finishedAt: now }
              : { lastError: errorText(err) },
          });
          if (updated && last) {
            await appendAudit(tx, {
              actor: { type: "system" },
              action: "task.failed",
              requestId: task.requestId,
              payload: {
                taskId,
                operation: task.operation,
                systemId: task.systemId,
                error: errorText(err),
                attempts: updated.attempts,
              },
            });
            const request = await findRequest(tx, { id: task.requestId });
            if (request)
              await notifyStaffAttention(tx, {
                request,
                kind: "fulfilment_failed",
                ...notificationOf("step_failed", { reference: request.reference, operation: task.operation }),
              });
          }
        });
        if (last) return { ran: true, status: "failed" };
        // BullMQ keeps the message in Redis and the log prints it: only the redacted text goes there.
        throw new Error(errorText(err));
      }
    } finally {
      await lockClient.query("select pg_advisory_unlock(hashtextextended($1, 0))", [taskId]);
    }
  } finally {
    lockClient.release();
  }
}
