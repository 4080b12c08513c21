import { eq } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { auditActorOf, type Operator } from "@/lib/auth/operator";
import { db } from "@/lib/db/client";
import { webhookEndpoints } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhook-events";
import { env } from "@/lib/env";
import { urlProblem } from "./address-policy";
import { setEnabledIn } from "./endpoints";
import { generateSigningSecret, sealSecret } from "./secret";
import { detail } from "@/lib/domain/error-details";

/** An edit: only the fields given change; the URL passes the same rules as at registration. */
export const endpointPatch = z
  .object({
    url: z.string().trim().min(1, "is required").max(2000, "must be at most 2000 characters").optional(),
    description: z.string().trim().max(200, "must be at most 200 characters").optional(),
    events: z
      .array(z.enum(WEBHOOK_EVENTS, { error: `must be among ${WEBHOOK_EVENTS.join(", ")}` }))
      .min(1, "choose at least one event")
      .optional(),
    includeSubject: z.boolean({ error: "must be true or false" }).optional(),
    enabled: z.boolean({ error: "must be true or false" }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = v.url === undefined ? null : urlProblem(v.url, env().WEBHOOK_ALLOW_PRIVATE_URLS);
    if (problem) ctx.addIssue({ code: "custom", path: ["url"], message: problem });
  });
export type EndpointPatch = z.input<typeof endpointPatch>;

const notFound = () => new DomainError("not_found", detail("admin.webhook_endpoint_not_found"));

/**
 * Changes an endpoint's URL, description, events or subject-data allowance (and, when `enabled` is
 * given, disables or re-enables it: re-enabling queues the deliveries that waited). One transaction
 * with its audit entry, which names the fields changed (the URL's old and new value; no secret). An
 * edit that changes nothing writes nothing. Deliveries already queued go to the endpoint as it is
 * when they are sent.
 */
export async function updateEndpoint(p: { by: Operator; endpointId: string; patch: EndpointPatch }): Promise<void> {
  const patch = endpointPatch.parse(p.patch);
  await db().transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, p.endpointId))
      .for("update");
    if (!current) throw notFound();
    const next = {
      url: patch.url ?? current.url,
      description: patch.description ?? current.description,
      events: patch.events ? [...new Set(patch.events)] : current.events,
      includeSubject: patch.includeSubject ?? current.includeSubject,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]),
    );
    if (changed.length > 0) {
      await tx
        .update(webhookEndpoints)
        .set({ ...next, updatedAt: new Date() })
        .where(eq(webhookEndpoints.id, p.endpointId));
      await appendAudit(tx, {
        actor: auditActorOf(p.by),
        action: "webhook.endpoint_updated",
        payload: {
          endpointId: p.endpointId,
          changed,
          ...(changed.includes("url") ? { fromUrl: current.url, url: next.url } : {}),
          ...(changed.includes("events") ? { events: next.events } : {}),
          ...(changed.includes("includeSubject") ? { includeSubject: next.includeSubject } : {}),
        },
      });
    }
    if (patch.enabled !== undefined)
      await setEnabledIn(tx, { by: p.by, endpointId: p.endpointId, enabled: patch.enabled });
  });
}

/**
 * Deletes an endpoint with its deliveries and their log (foreign keys cascade). A delivery job still
 * in Redis for it finds no row and does nothing. Deleting an endpoint already gone is `not_found`.
 */
export async function deleteEndpoint(p: { by: Operator; endpointId: string }): Promise<void> {
  await db().transaction(async (tx) => {
    const [gone] = await tx
      .delete(webhookEndpoints)
      .where(eq(webhookEndpoints.id, p.endpointId))
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    if (!gone) throw notFound();
    await appendAudit(tx, {
      actor: auditActorOf(p.by),
      action: "webhook.endpoint_deleted",
      payload: { endpointId: gone.id, url: gone.url },
    });
  });
}

/**
 * Replaces an endpoint's signing secret: the new one is returned once (the caller shows it) and
 * stored encrypted; every attempt from now on — retries of older deliveries included — is signed
 * with it, so the receiver should accept both secrets until it has switched.
 */
export async function rotateEndpointSecret(p: { by: Operator; endpointId: string }): Promise<{ secret: string }> {
  const secret = generateSigningSecret();
  await db().transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ secretEnc: sealSecret(p.endpointId, secret), updatedAt: new Date() })
      .where(eq(webhookEndpoints.id, p.endpointId))
      .returning({ id: webhookEndpoints.id });
    if (!row) throw notFound();
    await appendAudit(tx, {
      actor: auditActorOf(p.by),
      action: "webhook.secret_rotated",
      payload: { endpointId: p.endpointId },
    });
  });
  return { secret };
}
