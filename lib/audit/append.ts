import { is, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { AUDIT_ACTOR_TYPES, type AuditActorType, type AuditEntry } from "./entry";
import { computeHash, GENESIS_HASH } from "./hash";
import { isAuditAction, type AuditAction } from "@/lib/domain/audit-actions";
import { auditPayloadSchema, type AuditPayloadInput } from "@/lib/domain/audit-payloads";
import { toJsonObject } from "./payload";

/**
 * Key of the transaction-level advisory lock that serialises appends ("AUDI" in ASCII; the
 * migrator uses 727274). Held from the append to the end of the caller's transaction, so entries
 * commit one at a time and seq order is chain order.
 */
export const AUDIT_APPEND_LOCK = 0x41554449;

export interface AuditInput<A extends AuditAction = AuditAction> {
  actor: { type: AuditActorType; id?: string | null };
  /** One of the catalogued actions (lib/domain/audit-actions.ts); the payload is typed by it. */
  action: A;
  requestId?: string | null;
  payload?: AuditPayloadInput<A>;
}

/**
 * Adds one entry to the hash chain inside the caller's transaction: it commits or rolls back with
 * the change it records. The lock is held until that transaction ends, so call this as late in the
 * transaction as the use case allows.
 */
export async function appendAudit<A extends AuditAction>(
  tx: Db,
  e: AuditInput<A>,
): Promise<{ seq: number; hash: string }> {
  // Outside a transaction the xact lock would be released at once and concurrent appends could fork the chain.
  if (!is(tx, PgTransaction)) throw new Error("appendAudit must be called inside the caller's transaction");
  if (!AUDIT_ACTOR_TYPES.includes(e.actor.type))
    throw new Error(`appendAudit: unknown actor type ${JSON.stringify(e.actor.type)}`);
  if (!isAuditAction(e.action)) throw new Error(`appendAudit: unknown action ${JSON.stringify(e.action)}`);
  const payload = toJsonObject(e.payload);
  // Checked as stored (after the JSON round trip), so readers can parse what they find.
  const checked = auditPayloadSchema(e.action).safeParse(payload);
  if (!checked.success)
    throw new Error(`appendAudit: payload of ${e.action} does not fit its schema: ${checked.error.message}`);

  const { rows: lockRows } = await tx.execute<{ isolation: string }>(
    sql`select current_setting('transaction_isolation') as isolation from pg_advisory_xact_lock(${AUDIT_APPEND_LOCK}::bigint)`,
  );
  // Only READ COMMITTED takes a fresh snapshot per statement; an older snapshot (REPEATABLE READ,
  // SERIALIZABLE) would not see the entry committed just before the lock was granted.
  if (lockRows[0]?.isolation !== "read committed") {
    throw new Error(`appendAudit needs a READ COMMITTED transaction, not ${lockRows[0]?.isolation ?? "unknown"}`);
  }

  // "last_seq", not "seq": ORDER BY would otherwise sort the text alias ("9" after "10").
  const { rows: heads } = await tx.execute<{ last_seq: string; hash: string }>(
    sql`select seq::text as last_seq, hash from audit_log order by audit_log.seq desc limit 1`,
  );
  const head = heads[0];
  // Seq is taken under the lock, so it is larger than every committed seq; the request id is
  // normalised by PostgreSQL itself so the hashed text is what the uuid column prints.
  const { rows: ids } = await tx.execute<{ seq: string; request_id: string | null }>(
    sql`select nextval(pg_get_serial_sequence('audit_log', 'seq'))::text as seq,
               cast(${e.requestId ?? null} as uuid)::text as request_id`,
  );
  const seq = Number(ids[0]!.seq);
  if (head && seq <= Number(head.last_seq))
    throw new Error(`audit_log sequence (${seq}) is behind the last entry (${head.last_seq})`);

  const at = new Date();
  const entry: AuditEntry = {
    seq,
    at: at.toISOString(),
    actorType: e.actor.type,
    actorId: e.actor.id ?? null,
    action: e.action,
    requestId: ids[0]!.request_id,
    payload,
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = computeHash(prevHash, entry);
  await tx.insert(auditLog).values({ ...entry, at, prevHash, hash });
  return { seq, hash };
}
