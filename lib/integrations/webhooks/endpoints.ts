import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { auditActorOf, staffIdOf, type Operator } from "@/lib/auth/operator";
import { db, type Db } from "@/lib/db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhook-events";
import { env } from "@/lib/env";
import { enqueueJob, enqueueJobs } from "@/lib/outbox/enqueue";
import { webhookDeliverJob } from "@/lib/queue/jobs/webhook-deliver";
import { urlProblem } from "./address-policy";
import { generateSigningSecret, sealSecret } from "./secret";
import { detail } from "@/lib/domain/error-details";

export const endpointInput = z
  .object({
    url: z.string().trim().min(1, "is required").max(2000, "must be at most 2000 characters"),
    description: z.string().trim().max(200, "must be at most 200 characters").default(""),
    events: z
      .array(z.enum(WEBHOOK_EVENTS, { error: `must be among ${WEBHOOK_EVENTS.join(", ")}` }))
      .min(1, "choose at least one event"),
    includeSubject: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    const problem = urlProblem(v.url, env().WEBHOOK_ALLOW_PRIVATE_URLS);
    if (problem) ctx.addIssue({ code: "custom", path: ["url"], message: problem });
  });
export type EndpointInput = z.input<typeof endpointInput>;

/**
 * Registers an endpoint. Its signing secret is returned once (the caller shows it) and stored
 * encrypted: it signs every delivery, so it cannot be a hash.
 */
export async function createEndpoint(p: {
  by: Operator;
  input: EndpointInput;
}): Promise<{ id: string; secret: string }> {
  const input = endpointInput.parse(p.input);
  const id = randomUUID();
  const secret = generateSigningSecret();
  await db().transaction(async (tx) => {
    await tx.insert(webhookEndpoints).values({
      id,
      url: input.url,
      description: input.description,
      events: [...new Set(input.events)],
      includeSubject: input.includeSubject,
      secretEnc: sealSecret(id, secret),
      createdBy: staffIdOf(p.by),
    });
    await appendAudit(tx, {
      actor: auditActorOf(p.by),
      action: "webhook.endpoint_created",
      payload: { endpointId: id, url: input.url, events: input.events, includeSubject: input.includeSubject },
    });
  });
  return { id, secret };
}

/**
 * An admin disables an endpoint, or re-enables one (disabled by hand or after failures): the failure
 * count starts again and the deliveries that waited are queued at once.
 */
export async function setEndpointEnabled(p: { by: Operator; endpointId: string; enabled: boolean }): Promise<void> {
  await db().transaction((tx) => setEnabledIn(tx, p));
}

/** setEndpointEnabled inside the caller's transaction (an edit that also changes the state). */
export async function setEnabledIn(tx: Db, p: { by: Operator; endpointId: string; enabled: boolean }): Promise<void> {
  const now = new Date();
  const [row] = await tx
    .update(webhookEndpoints)
    .set(
      p.enabled
        ? { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0, updatedAt: now }
        : { enabled: false, disabledAt: now, disabledReason: "disabled by an admin", updatedAt: now },
    )
    .where(and(eq(webhookEndpoints.id, p.endpointId), eq(webhookEndpoints.enabled, !p.enabled)))
    .returning({ id: webhookEndpoints.id });
  if (!row) {
    const [exists] = await tx
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, p.endpointId));
    if (!exists) throw new DomainError("not_found", detail("admin.webhook_endpoint_not_found"));
    return; // already in that state: nothing to do, nothing to audit
  }
  await appendAudit(tx, {
    actor: auditActorOf(p.by),
    action: p.enabled ? "webhook.endpoint_enabled" : "webhook.endpoint_disabled",
    payload: { endpointId: p.endpointId, reason: p.enabled ? null : "disabled by an admin" },
  });
  if (!p.enabled) return;
  const waiting = await tx
    .update(webhookDeliveries)
    .set({ dueAt: now, retryFrom: now })
    .where(
      and(eq(webhookDeliveries.endpointId, p.endpointId), inArray(webhookDeliveries.status, ["pending", "failed"])),
    )
    .returning({ id: webhookDeliveries.id });
  await enqueueJobs(
    tx,
    webhookDeliverJob,
    waiting.map((d) => ({ deliveryId: d.id })),
  );
}

/** Sends a delivery again (same `webhook-id`, a new retry window), whatever its state. */
export async function resendDelivery(p: {
  by: Operator;
  deliveryId: string;
  /** Only a delivery of this endpoint (the API's path names it). */
  endpointId?: string;
}): Promise<void> {
  const now = new Date();
  await db().transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", dueAt: now, retryFrom: now })
      .where(
        and(
          eq(webhookDeliveries.id, p.deliveryId),
          p.endpointId ? eq(webhookDeliveries.endpointId, p.endpointId) : undefined,
          inArray(webhookDeliveries.status, ["delivered", "failed", "given_up", "pending"]),
        ),
      )
      .returning({
        id: webhookDeliveries.id,
        endpointId: webhookDeliveries.endpointId,
        requestId: webhookDeliveries.requestId,
      });
    if (!row) throw new DomainError("not_found", detail("admin.delivery_not_found_or_sending"));
    await appendAudit(tx, {
      actor: auditActorOf(p.by),
      action: "webhook.delivery_resent",
      payload: { deliveryId: row.id, endpointId: row.endpointId },
    });
    await enqueueJob(tx, webhookDeliverJob, { deliveryId: row.id });
  });
}

/** The columns an endpoint is shown with, in the list and on its own page: never its secret. */
export const ENDPOINT_VIEW = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.events,
  includeSubject: webhookEndpoints.includeSubject,
  enabled: webhookEndpoints.enabled,
  disabledReason: webhookEndpoints.disabledReason,
  consecutiveFailures: webhookEndpoints.consecutiveFailures,
  createdAt: webhookEndpoints.createdAt,
};

export async function listEndpoints() {
  return db().select(ENDPOINT_VIEW).from(webhookEndpoints).orderBy(desc(webhookEndpoints.createdAt));
}

/** An endpoint's delivery log: its latest attempts, newest first, with the delivery each belongs to. */
export async function endpointLog(endpointId: string, limit = 100) {
  return db()
    .select({
      attemptId: webhookAttempts.id,
      deliveryId: webhookAttempts.deliveryId,
      attempt: webhookAttempts.attempt,
      at: webhookAttempts.at,
      statusCode: webhookAttempts.statusCode,
      durationMs: webhookAttempts.durationMs,
      responseExcerpt: webhookAttempts.responseExcerpt,
      error: webhookAttempts.error,
      eventType: webhookDeliveries.eventType,
      deliveryStatus: webhookDeliveries.status,
      requestId: webhookDeliveries.requestId,
    })
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .where(eq(webhookAttempts.endpointId, endpointId))
    .orderBy(desc(webhookAttempts.at), desc(webhookAttempts.id))
    .limit(limit);
}

/** Deliveries of an endpoint still waiting for their first attempt (not in the attempts log yet). */
export async function waitingDeliveries(endpointId: string, limit = 50) {
  return db()
    .select({
      id: webhookDeliveries.id,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      dueAt: webhookDeliveries.dueAt,
      attempts: webhookDeliveries.attempts,
    })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        inArray(webhookDeliveries.status, ["pending", "failed", "sending"]),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit);
}
