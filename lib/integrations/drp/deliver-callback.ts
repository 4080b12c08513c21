import { and, eq, inArray, lt } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { claimDrpCallback, finishDrpCallback, nextDrpCallback } from "@/lib/db/queries/drp";
import { drpCallbacks } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { enqueueJob, enqueueJobs } from "@/lib/outbox/enqueue";
import { drpCallbackJob } from "@/lib/queue/jobs/drp-callback";
import { webhookBackoffMs } from "@/lib/integrations/webhooks/backoff";
import { postWebhook } from "@/lib/integrations/webhooks/post";

export type CallbackOutcome = "delivered" | "failed" | "given_up" | "skipped";

const HOUR_MS = 3_600_000;

/**
 * One attempt of one status callback (job drp.callback): claimed by a conditional UPDATE (a second run
 * finds nothing to do), POSTed as JSON (§ 2.03: the body is the Exercise Status object; the agent's
 * answer is not parsed) with the webhooks' address rules and timeout. A failure schedules the next
 * attempt through the outbox with the webhooks' backoff, until DRP_CALLBACK_RETRY_HOURS; then it is
 * given up and audited.
 */
export async function deliverDrpCallback(callbackId: string, now = new Date()): Promise<CallbackOutcome> {
  const claimed = await claimDrpCallback(db(), { id: callbackId, now });
  if (!claimed) return "skipped";
  const e = env();
  const outcome = await postWebhook({
    url: claimed.url,
    body: JSON.stringify(claimed.body),
    headers: { "user-agent": "dsr-desk-drp/1.0" },
    timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    allowPrivate: e.WEBHOOK_ALLOW_PRIVATE_URLS,
  });
  const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const at = new Date();
  return db().transaction(async (tx) => {
    if (ok) {
      await finishDrpCallback(tx, { id: claimed.id, status: "delivered", at, code: outcome.statusCode, error: null });
      await releaseNext(tx, claimed.id);
      return "delivered";
    }
    const error = (outcome.error ?? `HTTP ${outcome.statusCode}`).slice(0, 500);
    const next = new Date(
      at.getTime() + webhookBackoffMs(claimed.attempts, e.WEBHOOK_RETRY_BASE_MS, e.WEBHOOK_RETRY_MAX_BACKOFF_MS),
    );
    const givingUp = next.getTime() > claimed.createdAt.getTime() + e.DRP_CALLBACK_RETRY_HOURS * HOUR_MS;
    await finishDrpCallback(tx, {
      id: claimed.id,
      status: givingUp ? "given_up" : "failed",
      at,
      dueAt: next,
      code: outcome.statusCode,
      error,
    });
    if (givingUp) await releaseNext(tx, claimed.id);
    if (givingUp)
      await appendAudit(tx, {
        actor: { type: "system" },
        action: "drp.callback_given_up",
        requestId: claimed.requestId,
        payload: { callbackId: claimed.id, agentId: claimed.agentId, attempts: claimed.attempts, error },
      });
    else await enqueueJob(tx, drpCallbackJob, { callbackId: claimed.id }, { availableAt: next });
    return givingUp ? "given_up" : "failed";
  });
}

/**
 * Queues the callback held back behind this finished one (claimDrpCallback delivers them in order), at its
 * own due time: a job that found it held back has ended without an attempt.
 */
async function releaseNext(tx: Parameters<typeof finishDrpCallback>[0], finishedId: string) {
  const next = await nextDrpCallback(tx, { id: finishedId });
  if (next) await enqueueJob(tx, drpCallbackJob, { callbackId: next.id }, { availableAt: next.dueAt });
}

const LOST_AFTER_MS = 2 * 60_000;
const STALE_CLAIM_MS = 5 * 60_000;

/**
 * Run with the webhook sweep: callbacks due for a while that no job took (Redis lost them), or claimed
 * long ago without an outcome (the worker died), are queued again; the claim keeps each to one attempt.
 */
export async function sweepDrpCallbacks(now = new Date()): Promise<{ requeued: number }> {
  return db().transaction(async (tx) => {
    await tx
      .update(drpCallbacks)
      .set({ status: "failed", lastError: "the attempt stopped without an outcome (worker ended)" })
      .where(
        and(eq(drpCallbacks.status, "sending"), lt(drpCallbacks.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
      );
    const due = await tx
      .select({ id: drpCallbacks.id })
      .from(drpCallbacks)
      .where(
        and(
          inArray(drpCallbacks.status, ["pending", "failed"]),
          lt(drpCallbacks.dueAt, new Date(now.getTime() - LOST_AFTER_MS)),
        ),
      )
      .limit(500)
      .for("update", { skipLocked: true });
    if (due.length === 0) return { requeued: 0 };
    const ids = due.map((d) => d.id);
    await tx.update(drpCallbacks).set({ dueAt: now }).where(inArray(drpCallbacks.id, ids));
    await enqueueJobs(
      tx,
      drpCallbackJob,
      ids.map((callbackId) => ({ callbackId })),
    );
    return { requeued: ids.length };
  });
}
