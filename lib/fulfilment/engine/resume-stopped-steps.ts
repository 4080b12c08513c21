import { db } from "@/lib/db/client";
import { lockRequest } from "@/lib/db/queries/requests";
import { resumeStoppedTasks } from "@/lib/db/queries/tasks";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";

const WORKING = new Set(["in_progress", "awaiting_subject", "in_review"]);

/**
 * The `fulfilment.resume` job, queued when a request is reopened: it takes up its plan where the
 * refusal or withdrawal stopped it, putting the steps skipped then (marked `stoppedBy`) back in line.
 * Steps skipped because their system was disabled stay skipped. Under the request's row lock, and
 * only while the request is still open (refused again meanwhile, the steps stay stopped), so running
 * it twice changes nothing.
 */
export async function resumeStoppedSteps(requestId: string): Promise<{ resumed: number }> {
  return db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: requestId });
    if (!request || !WORKING.has(request.status)) return { resumed: 0 };
    const resumed = await resumeStoppedTasks(tx, { requestId });
    if (resumed.length > 0) await enqueueJob(tx, fulfilmentAdvanceJob, { requestId });
    return { resumed: resumed.length };
  });
}
