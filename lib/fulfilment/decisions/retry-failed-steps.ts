import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockRequest } from "@/lib/db/queries/requests";
import { listTasks, updateTaskIf } from "@/lib/db/queries/tasks";
import { DomainError } from "@/lib/domain/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { detail } from "@/lib/domain/error-details";

/** Puts the failed steps of a request back in line; steps that succeeded are not run again. */
export async function retryFailedSteps(staffId: string, input: { requestId: string }): Promise<{ retried: number }> {
  return db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: input.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    if (request.status === "rejected" || request.status === "withdrawn")
      throw new DomainError("invalid_transition", detail("fulfilment.closed_no_retry"));
    const failed = (await listTasks(tx, { requestId: input.requestId })).filter((t) => t.status === "failed");
    if (failed.length === 0) throw new DomainError("conflict", detail("fulfilment.no_failed_step"));
    for (const t of failed)
      await updateTaskIf(tx, { id: t.id, from: ["failed"], set: { status: "pending", finishedAt: null } });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "fulfilment.retried",
      requestId: input.requestId,
      payload: {
        tasks: failed.map((t) => ({
          taskId: t.id,
          operation: t.operation,
          systemId: t.systemId,
          lastError: t.lastError,
        })),
      },
    });
    await enqueueJob(tx, fulfilmentAdvanceJob, { requestId: input.requestId });
    return { retried: failed.length };
  });
}
