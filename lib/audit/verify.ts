import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { z } from "zod";
import { AUDIT_ACTOR_TYPES, type AuditEntry } from "./entry";
import { computeHash, GENESIS_HASH } from "./hash";

export type AuditChainReport =
  | { ok: true; entries: number; lastHash: string }
  /** `entries` counts the intact entries before the broken one. */
  | { ok: false; entries: number; brokenAtSeq: number; reason: "hash_mismatch" | "prev_hash_mismatch" };

type StoredRow = {
  seq: string;
  at_us: string | null;
  actor_type: string;
  actor_id: string | null;
  action: string;
  request_id: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
};

/**
 * Walks the whole chain in seq order, a batch at a time (keyset pagination, no long transaction),
 * recomputing every hash, and reports the first broken link. Appends running meanwhile are fine:
 * they commit in seq order, so a batch never sees an entry without the ones before it.
 */
export async function verifyAuditChain(db: Db, opts: { batchSize?: number } = {}): Promise<AuditChainReport> {
  const batchSize = opts.batchSize ?? 5_000;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: StoredRow[] } = await db.execute<StoredRow>(sql`
      select seq::text as seq,
             to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at_us,
             actor_type, actor_id, action, request_id::text as request_id, payload::text as payload, prev_hash, hash
      from audit_log
      where ${after === null ? sql`true` : sql`seq > ${after}::bigint`}
      order by audit_log.seq -- the bigint column: plain "seq" would sort the text alias
      limit ${batchSize}`);
    for (const row of rows) {
      if (row.prev_hash !== prevHash) return broken(entries, row, "prev_hash_mismatch");
      const entry = toEntry(row);
      if (!entry || computeHash(row.prev_hash, entry) !== row.hash) return broken(entries, row, "hash_mismatch");
      prevHash = row.hash;
      entries += 1;
    }
    if (rows.length < batchSize) return { ok: true, entries, lastHash: prevHash };
    after = rows[rows.length - 1]!.seq;
  }
}

/** The entry as it was hashed, or null when the stored row cannot be one appendAudit wrote. */
function toEntry(row: StoredRow): AuditEntry | null {
  // appendAudit stores millisecond timestamps; sub-millisecond digits mean the row was altered.
  if (!row.at_us || !row.at_us.endsWith("000")) return null;
  const payload = storedPayload.safeParse(JSON.parse(row.payload));
  const actorType = AUDIT_ACTOR_TYPES.find((t) => t === row.actor_type);
  // appendAudit only writes objects and known actor types; anything else was altered.
  if (!payload.success || !actorType) return null;
  return {
    seq: Number(row.seq),
    at: `${row.at_us.slice(0, -3)}Z`,
    actorType,
    actorId: row.actor_id,
    action: row.action,
    requestId: row.request_id,
    payload: payload.data,
  };
}

const storedPayload = z.record(z.string(), z.unknown());

function broken(entries: number, row: StoredRow, reason: "hash_mismatch" | "prev_hash_mismatch"): AuditChainReport {
  return { ok: false, entries, brokenAtSeq: Number(row.seq), reason };
}
