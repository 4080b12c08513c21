import { db } from "@/lib/db/client";
import { listStalePendingRequests, listStaleRunningTasks, touchPendingTasksOf, touchTasks } from "@/lib/db/queries/tasks";
import { enqueueJobs } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { fulfilmentStepJob } from "@/lib/queue/jobs/fulfilment-step";

/** How long a step may run (or a plan sit pending) untouched before the sweep queues it again. */
export const STALE_AFTER_MS = 15 * 60_000;

/**
 * Postgres holds the plan; Redis only the jobs in flight. If Redis lost them (wiped, failover), this
 * sweep queues again every step still marked running and every plan with pending steps, once per
 * STALE_AFTER_MS. Duplicates are harmless: a step runs only while marked running, under a lock.
 */
export async function recoverSteps(now = new Date()): Promise<{ steps: number; requests: number }> {
  const olderThan = new Date(now.getTime() - STALE_AFTER_MS);
  return db().transaction(async (tx) => {
    const running = await listStaleRunningTasks(tx, { olderThan, limit: 500 });
    const pending = await listStalePendingRequests(tx, { olderThan, limit: 500 });
    await enqueueJobs(tx, fulfilmentStepJob, running.map((t) => ({ taskId: t.id })));
    await enqueueJobs(tx, fulfilmentAdvanceJob, pending.map((requestId) => ({ requestId })));
    await touchTasks(tx, running.map((t) => t.id));
    await touchPendingTasksOf(tx, pending);
    return { steps: running.length, requests: pending.length };
  });
}
