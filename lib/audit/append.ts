import { is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { AUDIT_ACTOR_TYPES, type AuditActorType } from "./entry";
import { isAuditAction, type AuditAction } from "@/lib/domain/audit-actions";
import { auditPayloadSchema, type AuditPayloadInput } from "@/lib/domain/audit-payloads";
import { emitDrpStatusCallback } from "@/lib/webhooks/drp-status";
import { emitWebhookEvents } from "@/lib/webhooks/emit";
import { toJsonObject } from "./payload";

export interface AuditInput<A extends AuditAction = AuditAction> {
  actor: { type: AuditActorType; id?: string | null };
  /** One of the catalogued actions (lib/domain/audit-actions.ts); the payload is typed by it. */
  action: A;
  requestId?: string | null;
  payload?: AuditPayloadInput<A>;
}

/**
 * Records one entry inside the caller's transaction: it commits or rolls back with the change it
 * records. No lock: concurrent audited transactions never wait for each other. The chainer
 * (lib/audit/chain.ts, run by the workers) links the entry into the hash chain once it is committed.
 */
export async function appendAudit<A extends AuditAction>(tx: Db, e: AuditInput<A>): Promise<{ seq: number }> {
  // Outside a transaction the entry could commit without the change it records, or the other way round.
  if (!is(tx, PgTransaction)) throw new Error("appendAudit must be called inside the caller's transaction");
  const row = auditRow(e);
  const [inserted] = await tx.insert(auditLog).values(row).returning({ seq: auditLog.seq });
  // The one hook point for outbound webhooks: the events this entry stands for are queued in this transaction.
  await emitWebhookEvents(tx, { action: row.action, requestId: row.requestId, payload: row.payload, at: row.at });
  // The same hook for Data Rights Protocol agents: a status callback when the protocol status changed.
  await emitDrpStatusCallback(tx, { requestId: row.requestId, at: row.at });
  return { seq: inserted!.seq };
}

/**
 * The checked row of one entry: known actor type and action, the payload as stored fitting its schema.
 * For a caller that writes the entry in the same statement as its change (the intake, one statement):
 * it must also write the entry's webhook events (emitWebhookEventsSql). It has no DRP hook: only portal and
 * API intakes take that path, and a DRP agent's request is filed on the transaction path (channel `agent`).
 */
export function auditRow<A extends AuditAction>(e: AuditInput<A>) {
  if (!AUDIT_ACTOR_TYPES.includes(e.actor.type))
    throw new Error(`appendAudit: unknown actor type ${JSON.stringify(e.actor.type)}`);
  if (!isAuditAction(e.action)) throw new Error(`appendAudit: unknown action ${JSON.stringify(e.action)}`);
  const payload = toJsonObject(e.payload);
  // Checked as stored (after the JSON round trip), so readers can parse what they find.
  const checked = auditPayloadSchema(e.action).safeParse(payload);
  if (!checked.success)
    throw new Error(`appendAudit: payload of ${e.action} does not fit its schema: ${checked.error.message}`);
  return {
    // Millisecond precision: the hash covers `at` as toISOString prints it (the verifier checks it).
    at: new Date(),
    actorType: e.actor.type,
    actorId: e.actor.id ?? null,
    action: e.action as string,
    requestId: e.requestId ?? null,
    payload,
  };
}
