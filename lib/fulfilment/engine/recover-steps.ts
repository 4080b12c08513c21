import { db } from "@/lib/db/client";
import { appendAudit } from "@/lib/audit/append";
import { findRequest } from "@/lib/db/queries/requests";
import {
  listOverdueSystemWaits,
  listStalePendingRequests,
  listStaleRunningTasks,
  touchPendingTasksOf,
  touchTasks,
  updateTaskIf,
} from "@/lib/db/queries/tasks";
import { enqueueJobs } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { fulfilmentStepJob } from "@/lib/queue/jobs/fulfilment-step";
import { advanceLiftNotices } from "./lift-schedule";
import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { notifyStaffAttention } from "@/lib/db/queries/staff-attention";

/** How long a step may run (or a plan sit pending) untouched before the sweep queues it again. */
export const STALE_AFTER_MS = 15 * 60_000;

/**
 * Postgres holds the plan; Redis only the jobs in flight. If Redis lost them (wiped, failover), this
 * sweep queues again every step still marked running and every plan with pending steps, once per
 * STALE_AFTER_MS. Duplicates are harmless: a step runs only while marked running, under a lock.
 */
export async function recoverSteps(
  now = new Date(),
): Promise<{ steps: number; requests: number; timedOut: number; liftsScheduled: number; liftsDue: number }> {
  const olderThan = new Date(now.getTime() - STALE_AFTER_MS);
  const timedOut = await failOverdueWaits(now);
  const lifts = await advanceLiftNotices(now);
  return db().transaction(async (tx) => {
    const running = await listStaleRunningTasks(tx, { olderThan, limit: 500 });
    const pending = await listStalePendingRequests(tx, { olderThan, limit: 500 });
    await enqueueJobs(
      tx,
      fulfilmentStepJob,
      running.map((t) => ({ taskId: t.id })),
    );
    await enqueueJobs(
      tx,
      fulfilmentAdvanceJob,
      pending.map((requestId) => ({ requestId })),
    );
    await touchTasks(
      tx,
      running.map((t) => t.id),
    );
    await touchPendingTasksOf(tx, pending);
    return {
      steps: running.length,
      requests: pending.length,
      timedOut,
      liftsScheduled: lifts.scheduled,
      liftsDue: lifts.due,
    };
  });
}

/** A system that answered "later" and never called back: its step fails (visible, retryable) and the bell rings. */
async function failOverdueWaits(now: Date): Promise<number> {
  const overdue = await listOverdueSystemWaits(db(), { now, limit: 200 });
  let failed = 0;
  for (const t of overdue) {
    await db().transaction(async (tx) => {
      const updated = await updateTaskIf(tx, {
        id: t.id,
        from: ["waiting"],
        set: { status: "failed", lastError: `No answer from the system by ${t.dueAt!.toISOString()}`, finishedAt: now },
      });
      if (!updated) return;
      failed += 1;
      await appendAudit(tx, {
        actor: { type: "system" },
        action: "task.failed",
        requestId: t.requestId,
        payload: { taskId: t.id, operation: t.operation, systemId: t.systemId, error: "no callback in time" },
      });
      const request = await findRequest(tx, { id: t.requestId });
      if (request)
        await notifyStaffAttention(tx, {
          request,
          kind: "fulfilment_failed",
          ...notificationOf("step_timed_out", { reference: request.reference, operation: t.operation }),
        });
    });
  }
  return failed;
}
