import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";

/**
 * Batched deletes for the tables that only grow. Each statement removes at most `batch` rows picked
 * through the table's age index, so it holds few locks for a short time; the loop stops on a short batch.
 */
async function deleteInBatches(db: Db, statement: (batch: number) => SQL, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await db.execute(statement(batch));
    total += rowCount ?? 0;
    if ((rowCount ?? 0) < batch) return total;
  }
}

/** Outbox rows relayed to the queue before `before` (outbox_relayed_idx); pending rows are never touched. */
export function pruneRelayedOutbox(db: Db, p: { before: Date; batch?: number }): Promise<number> {
  return deleteInBatches(
    db,
    (n) => sql`delete from outbox where id in (
      select id from outbox where relayed_at is not null and relayed_at < ${p.before.toISOString()}::timestamptz limit ${n})`,
    p.batch ?? 5_000,
  );
}

/** Stored Idempotency-Key answers older than their window (idempotency_keys_created_idx). */
export function pruneIdempotencyKeys(db: Db, p: { before: Date; batch?: number }): Promise<number> {
  return deleteInBatches(
    db,
    (n) => sql`delete from idempotency_keys where (scope, key_hash) in (
      select scope, key_hash from idempotency_keys where created_at < ${p.before.toISOString()}::timestamptz limit ${n})`,
    p.batch ?? 5_000,
  );
}

/** Messages the development SMTP sink caught before `before` (dev_mail_received_idx). */
export function pruneDevMail(db: Db, p: { before: Date; batch?: number }): Promise<number> {
  return deleteInBatches(
    db,
    (n) => sql`delete from dev_mail_messages where id in (
      select id from dev_mail_messages where received_at < ${p.before.toISOString()}::timestamptz limit ${n})`,
    p.batch ?? 5_000,
  );
}

/** Webhook deliveries settled (delivered or given up) before `before`; their attempts go with them (cascade). */
export function pruneWebhookDeliveries(db: Db, p: { before: Date; batch?: number }): Promise<number> {
  return deleteInBatches(
    db,
    (n) => sql`delete from webhook_deliveries where id in (
      select id from webhook_deliveries where status in ('delivered', 'given_up')
        and created_at < ${p.before.toISOString()}::timestamptz limit ${n})`,
    p.batch ?? 5_000,
  );
}

/**
 * CSV imports previewed but never confirmed before `before`: their rows (subject data, encrypted) are
 * dropped and the import marked expired; the record of the check stays.
 */
export async function expireImportRows(db: Db, p: { before: Date }): Promise<number> {
  const { rowCount } = await db.execute(sql`update request_imports set status = 'expired', rows_enc = null
    where status = 'previewed' and created_at < ${p.before.toISOString()}::timestamptz`);
  return rowCount ?? 0;
}
