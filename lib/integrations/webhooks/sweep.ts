import { and, eq, inArray, lt } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { enqueueJobs } from "@/lib/outbox/enqueue";
import { webhookDeliverJob } from "@/lib/queue/jobs/webhook-deliver";

const BATCH = 500;
// A job normally runs within seconds of its due time; after this the sweep takes it as lost.
const LOST_AFTER_MS = 2 * 60_000;
// A claim this old without an outcome is an attempt whose worker died: it is tried again.
const STALE_CLAIM_MS = 5 * 60_000;

/**
 * The webhook sweep (job webhook.sweep), the mail sweep's pattern: Postgres decides. A delivery due
 * for a while that no job took (Redis lost it), or claimed long ago without an outcome (its worker
 * died), is queued again through the outbox; the claim in deliverWebhook keeps it to one attempt.
 * Only enabled endpoints: a disabled endpoint's deliveries wait for it to be re-enabled.
 */
export async function sweepWebhooks(now = new Date()): Promise<{ requeued: number; released: number }> {
  return db().transaction(async (tx) => {
    const released = await tx
      .update(webhookDeliveries)
      .set({ status: "failed", lastError: "the attempt stopped without an outcome (worker ended)" })
      .where(
        and(
          eq(webhookDeliveries.status, "sending"),
          lt(webhookDeliveries.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS)),
        ),
      )
      .returning({ id: webhookDeliveries.id });
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(
        and(
          inArray(webhookDeliveries.status, ["pending", "failed"]),
          lt(webhookDeliveries.dueAt, new Date(now.getTime() - LOST_AFTER_MS)),
          eq(webhookEndpoints.enabled, true),
        ),
      )
      .orderBy(webhookDeliveries.dueAt)
      .limit(BATCH)
      .for("update", { of: webhookDeliveries, skipLocked: true });
    if (due.length > 0) {
      // Due again now, so the next sweep leaves them to the jobs it just queued for LOST_AFTER_MS.
      await tx
        .update(webhookDeliveries)
        .set({ dueAt: now })
        .where(
          inArray(
            webhookDeliveries.id,
            due.map((d) => d.id),
          ),
        );
      await enqueueJobs(
        tx,
        webhookDeliverJob,
        due.map((d) => ({ deliveryId: d.id })),
      );
    }
    return { requeued: due.length, released: released.length };
  });
}
