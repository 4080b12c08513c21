import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { requests, webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { webhookDeliverJob } from "@/lib/queue/jobs/webhook-deliver";
import { decryptSubjectFields, isMinimised } from "@/lib/requests/subject-fields";
import { webhookBackoffMs } from "./backoff";
import { disableFailingEndpoint } from "./disable";
import { postWebhook } from "./post";
import { openSecret } from "./secret";

export type DeliveryOutcome = "delivered" | "failed" | "given_up" | "skipped";

const HOUR_MS = 3_600_000;

/**
 * One attempt of one delivery (job webhook.deliver). Safe to run twice: the delivery is claimed with a
 * conditional update (pending or failed, and due), so a second job for it finds nothing to do. The
 * body is signed with the endpoint's secret (Standard Webhooks: `webhook-id` is the delivery's id on
 * every attempt). The outcome, the attempt's log row and the next attempt (through the outbox, after
 * a growing backoff) are written in one transaction; a failing endpoint is disabled.
 */
export async function deliverWebhook(deliveryId: string, now = new Date()): Promise<DeliveryOutcome> {
  const [claimed] = await db()
    .update(webhookDeliveries)
    .set({ status: "sending", claimedAt: now, attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        inArray(webhookDeliveries.status, ["pending", "failed"]),
        lte(webhookDeliveries.dueAt, new Date(now.getTime() + 1_000)),
        sql`exists (select 1 from ${webhookEndpoints} e where e.id = ${webhookDeliveries.endpointId} and e.enabled)`,
      ),
    )
    .returning();
  if (!claimed) return "skipped";
  const [endpoint] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, claimed.endpointId));
  if (!endpoint) return "skipped";

  const body = JSON.stringify(
    await withSubject(claimed.payload as Record<string, unknown>, claimed.requestId, endpoint.includeSubject),
  );
  const signer = new Webhook(openSecret(endpoint.id, endpoint.secretEnc));
  const sentAt = new Date();
  const e = env();
  const outcome = await postWebhook({
    url: endpoint.url,
    body,
    headers: {
      "webhook-id": claimed.id,
      "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
      "webhook-signature": signer.sign(claimed.id, sentAt, body),
    },
    timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    allowPrivate: e.WEBHOOK_ALLOW_PRIVATE_URLS,
  });
  const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const finished = new Date();

  return db().transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({
      deliveryId: claimed.id,
      endpointId: endpoint.id,
      attempt: claimed.attempts,
      at: sentAt,
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      responseExcerpt: outcome.excerpt,
      error: outcome.error ?? (ok ? null : `HTTP ${outcome.statusCode}`),
    });
    if (ok) {
      await tx
        .update(webhookDeliveries)
        .set({ status: "delivered", deliveredAt: finished, lastStatusCode: outcome.statusCode, lastError: null })
        .where(eq(webhookDeliveries.id, claimed.id));
      await tx.update(webhookEndpoints).set({ consecutiveFailures: 0 }).where(eq(webhookEndpoints.id, endpoint.id));
      return "delivered";
    }
    const error = outcome.error ?? `HTTP ${outcome.statusCode}`;
    const next = new Date(
      finished.getTime() + webhookBackoffMs(claimed.attempts, e.WEBHOOK_RETRY_BASE_MS, e.WEBHOOK_RETRY_MAX_BACKOFF_MS),
    );
    const givingUp = next.getTime() > claimed.retryFrom.getTime() + e.WEBHOOK_RETRY_HOURS * HOUR_MS;
    await tx
      .update(webhookDeliveries)
      .set({
        status: givingUp ? "given_up" : "failed",
        dueAt: next,
        lastStatusCode: outcome.statusCode,
        lastError: error.slice(0, 500),
      })
      .where(eq(webhookDeliveries.id, claimed.id));
    const [ep] = await tx
      .update(webhookEndpoints)
      .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1` })
      .where(eq(webhookEndpoints.id, endpoint.id))
      .returning({ failures: webhookEndpoints.consecutiveFailures });
    if (givingUp)
      await disableFailingEndpoint(tx, {
        endpointId: endpoint.id,
        cause: { kind: "given_up", hours: e.WEBHOOK_RETRY_HOURS },
        now: finished,
      });
    else if ((ep?.failures ?? 0) >= e.WEBHOOK_DISABLE_AFTER_FAILURES)
      await disableFailingEndpoint(tx, {
        endpointId: endpoint.id,
        cause: { kind: "failures", failures: ep!.failures, error: error.slice(0, 120) },
        now: finished,
      });
    else await enqueueJob(tx, webhookDeliverJob, { deliveryId: claimed.id }, { availableAt: next });
    return givingUp ? "given_up" : "failed";
  });
}

/** The stored payload, plus the subject's name, e-mail and account reference for endpoints allowed them. */
async function withSubject(payload: Record<string, unknown>, requestId: string | null, allowed: boolean) {
  if (!allowed || !requestId) return payload;
  const [row] = await db().select().from(requests).where(eq(requests.id, requestId));
  if (!row || isMinimised(row)) return payload;
  const f = decryptSubjectFields(row);
  const data = (payload.data ?? {}) as Record<string, unknown>;
  return {
    ...payload,
    data: { ...data, subject: { email: f.email, fullName: f.fullName, accountReference: f.accountReference } },
  };
}
