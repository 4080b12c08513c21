import { sql } from "drizzle-orm";
import { z } from "zod";
import { AUDIT_ACTOR_TYPES, type AuditEntry } from "./entry";

/** An audit_log row as the chainer and the verifier read it: the timestamp to the microsecond, as text. */
export type StoredRow = {
  seq: string;
  chain_seq: string | null;
  at_us: string | null;
  actor_type: string;
  actor_id: string | null;
  action: string;
  request_id: string | null;
  payload: string;
  prev_hash: string | null;
  hash: string | null;
};

export const STORED_COLUMNS = sql.raw(`seq::text as seq, chain_seq::text as chain_seq,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at_us,
  actor_type, actor_id, action, request_id::text as request_id, payload::text as payload, prev_hash, hash`);

const storedPayload = z.record(z.string(), z.unknown());

/** The entry as it was hashed, or null when the stored row cannot be one appendAudit wrote. */
export function strictEntryOf(row: StoredRow): AuditEntry | null {
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

/**
 * The entry the chainer links, whatever the row holds: a row written around appendAudit is still
 * chained (so the chain goes on) over its raw text, and the verifier then reports it as altered.
 */
export function entryToChain(row: StoredRow): AuditEntry {
  return (
    strictEntryOf(row) ?? {
      seq: Number(row.seq),
      at: row.at_us ?? "",
      actorType: row.actor_type as AuditEntry["actorType"],
      actorId: row.actor_id,
      action: row.action,
      requestId: row.request_id,
      payload: { unreadable: row.payload },
    }
  );
}
