import { randomUUID } from "node:crypto";
import { and, arrayOverlaps, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { requests, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { webhookEventsFor } from "@/lib/domain/webhook-events";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { webhookDeliverJob } from "@/lib/queue/jobs/webhook-deliver";

/** A `webhook-id`: stable for the delivery, whatever the number of attempts or resends. */
export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll("-", "")}`;
}

/**
 * The request as every webhook payload describes it: reference, type, regime, status and dates. No
 * subject field (name, e-mail, account): those are added at send time, only for endpoints allowed them.
 */
export async function requestSummary(tx: Db, requestId: string) {
  const [r] = await tx
    .select({
      id: requests.id,
      reference: requests.reference,
      type: requests.type,
      status: requests.status,
      regime: requests.regime,
      jurisdiction: requests.jurisdiction,
      channel: requests.channel,
      receivedAt: requests.receivedAt,
      verifiedAt: requests.verifiedAt,
      dueDate: requests.dueDate,
      extendedDueDate: requests.extendedDueDate,
      closedAt: requests.closedAt,
      outcome: requests.outcome,
      refusalReasonCode: requests.refusalReasonCode,
    })
    .from(requests)
    .where(eq(requests.id, requestId));
  if (!r) return null;
  return {
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    regime: r.regime,
    jurisdiction: r.jurisdiction,
    channel: r.channel,
    receivedAt: r.receivedAt.toISOString(),
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    dueDate: r.dueDate,
    extendedDueDate: r.extendedDueDate,
    closedAt: r.closedAt?.toISOString() ?? null,
    outcome: r.outcome,
    refusalReasonCode: r.refusalReasonCode,
  };
}

/**
 * Called by appendAudit for every audit entry, in its transaction: the entry's webhook events become
 * one delivery row per subscribed, enabled endpoint and one outbox job each. Nothing is written when
 * no endpoint wants the event (one indexed look-up at most; none for actions that map to no event).
 */
export async function emitWebhookEvents(
  tx: Db,
  e: { action: string; requestId: string | null; payload: Record<string, unknown>; at: Date },
): Promise<number> {
  if (!e.requestId) return 0;
  const events = webhookEventsFor(e.action, e.payload);
  if (events.length === 0) return 0;
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.enabled, true), arrayOverlaps(webhookEndpoints.events, events)));
  if (endpoints.length === 0) return 0;
  const request = await requestSummary(tx, e.requestId);
  if (!request) return 0;
  let written = 0;
  for (const endpoint of endpoints) {
    for (const type of events.filter((t) => endpoint.events.includes(t))) {
      const id = newMessageId();
      const payload = eventPayload(type, e, request);
      await tx
        .insert(webhookDeliveries)
        .values({ id, endpointId: endpoint.id, eventType: type, requestId: e.requestId, payload, dueAt: e.at });
      await enqueueJob(tx, webhookDeliverJob, { deliveryId: id });
      written += 1;
    }
  }
  return written;
}

/** The events (their payloads) an entry stands for, as webhookEventsCtes writes them. */
export function webhookEventsOf(e: EmittedEntry, request: unknown) {
  return webhookEventsFor(e.action, e.payload).map((type) => eventPayload(type, e, request));
}

type EmittedEntry = { action: string; requestId: string | null; payload: Record<string, unknown>; at: Date };

function eventPayload(type: string, e: EmittedEntry, request: unknown) {
  const data: Record<string, unknown> = { request };
  if (type === "request.status_changed") data.previousStatus = e.payload.from ?? null;
  if (type === "request.due_soon" || type === "request.overdue") data.threshold = e.payload.threshold ?? null;
  return { type, timestamp: e.at.toISOString(), data };
}

/**
 * emitWebhookEvents for an entry written in the same statement as its request (the intake, one round
 * trip): two CTEs — `webhook_rows`, one delivery per enabled endpoint subscribed to each event, and
 * `webhook_jobs`, their outbox jobs. `request` is the summary requestSummary would read back. Null when
 * the action stands for no event.
 */
export function webhookEventsCtes(e: EmittedEntry, request: Awaited<ReturnType<typeof requestSummary>>): SQL | null {
  if (!e.requestId) return null;
  const events = webhookEventsOf(e, request);
  if (events.length === 0) return null;
  return sql`webhook_rows as (
      insert into ${webhookDeliveries} (id, endpoint_id, event_type, request_id, payload, due_at)
      select 'msg_' || replace(gen_random_uuid()::text, '-', ''), ep.id, ev->>'type', ${e.requestId}::uuid, ev, ${e.at.toISOString()}::timestamptz
      from ${webhookEndpoints} ep, jsonb_array_elements(${JSON.stringify(events)}::jsonb) ev
      where ep.enabled and (ev->>'type') = any(ep.events)
      returning id),
    webhook_jobs as (
      insert into outbox (queue, job_name, payload, available_at)
      select ${webhookDeliverJob.queue}, ${webhookDeliverJob.name}, jsonb_build_object('deliveryId', id), now() from webhook_rows)`;
}
