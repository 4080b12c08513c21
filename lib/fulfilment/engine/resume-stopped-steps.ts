import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { requestTasks } from "@/lib/db/schema";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";

/**
 * A reopened request takes up its plan where the refusal or withdrawal stopped it: the steps skipped
 * then (marked `stoppedBy`) are put back in line. Steps skipped because their system was disabled
 * stay skipped.
 */
export async function resumeStoppedSteps(tx: Db, requestId: string): Promise<number> {
  const resumed = await tx
    .update(requestTasks)
    .set({ status: "pending", finishedAt: null, resultSummary: null, updatedAt: new Date() })
    .where(
      and(
        eq(requestTasks.requestId, requestId),
        eq(requestTasks.status, "skipped"),
        sql`jsonb_exists(${requestTasks.resultSummary}, 'stoppedBy')`,
      ),
    )
    .returning({ id: requestTasks.id });
  if (resumed.length > 0) await enqueueJob(tx, fulfilmentAdvanceJob, { requestId });
  return resumed.length;
}
