import type { Db } from "@/lib/db/client";
import { resumeStoppedTasks } from "@/lib/db/queries/tasks";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";

/**
 * A reopened request takes up its plan where the refusal or withdrawal stopped it: the steps skipped
 * then (marked `stoppedBy`) are put back in line. Steps skipped because their system was disabled
 * stay skipped.
 */
export async function resumeStoppedSteps(tx: Db, requestId: string): Promise<number> {
  const resumed = await resumeStoppedTasks(tx, { requestId });
  if (resumed.length > 0) await enqueueJob(tx, fulfilmentAdvanceJob, { requestId });
  return resumed.length;
}
