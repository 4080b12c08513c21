import { desc, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditCheckpoints } from "@/lib/db/schema";
import { computeHash, GENESIS_HASH } from "./hash";
import { STORED_COLUMNS, strictEntryOf, type StoredRow } from "./stored-entry";

export type AuditChainReport = (
  | { ok: true; entries: number; lastHash: string; lastChainSeq: number }
  /** `entries` counts the intact entries before the broken one. */
  | { ok: false; entries: number; brokenAtSeq: number; reason: "hash_mismatch" | "prev_hash_mismatch" }
) & {
  /** Committed entries the chainer has not linked yet (seconds behind at most while the workers run). */
  unchained: number;
  /** Where this walk started: the first entry, or the newest checkpoint. */
  from: { chainSeq: number; verifiedAt: Date | null };
};

/**
 * Walks the chain in chain_seq order, a batch at a time (keyset pagination, no long transaction),
 * recomputing every hash, and reports the first broken link. From the first entry by default (the CLI);
 * `fromCheckpoint` starts at the newest verified checkpoint instead (the audit page), and
 * `recordCheckpoint` stores the end of an intact walk as the next one.
 */
export async function verifyAuditChain(
  db: Db,
  opts: { batchSize?: number; fromCheckpoint?: boolean; recordCheckpoint?: boolean } = {},
): Promise<AuditChainReport> {
  const batchSize = opts.batchSize ?? 5_000;
  const [checkpoint] = opts.fromCheckpoint
    ? await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.chainSeq)).limit(1)
    : [];
  const from = { chainSeq: checkpoint?.chainSeq ?? 0, verifiedAt: checkpoint?.verifiedAt ?? null };
  let prevHash = checkpoint?.hash ?? GENESIS_HASH;
  let entries = checkpoint?.entries ?? 0;
  let after = from.chainSeq;
  const { rows: pending } = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_log where chain_seq is null`,
  );
  const unchained = pending[0]?.n ?? 0;
  for (;;) {
    const { rows }: { rows: StoredRow[] } = await db.execute<StoredRow>(sql`
      select ${STORED_COLUMNS} from audit_log
      where chain_seq > ${after}::bigint
      order by audit_log.chain_seq
      limit ${batchSize}`);
    for (const row of rows) {
      if (row.prev_hash !== prevHash) return broken(entries, row, "prev_hash_mismatch", unchained, from);
      const entry = strictEntryOf(row);
      if (!entry || computeHash(row.prev_hash, entry) !== row.hash)
        return broken(entries, row, "hash_mismatch", unchained, from);
      prevHash = row.hash;
      entries += 1;
    }
    if (rows.length > 0) after = Number(rows[rows.length - 1]!.chain_seq);
    if (rows.length < batchSize) break;
  }
  if (opts.recordCheckpoint && after > from.chainSeq)
    await db.insert(auditCheckpoints).values({ chainSeq: after, hash: prevHash, entries }).onConflictDoNothing();
  return { ok: true, entries, lastHash: prevHash, lastChainSeq: after, unchained, from };
}

function broken(
  entries: number,
  row: StoredRow,
  reason: "hash_mismatch" | "prev_hash_mismatch",
  unchained: number,
  from: AuditChainReport["from"],
): AuditChainReport {
  return { ok: false, entries, brokenAtSeq: Number(row.seq), reason, unchained, from };
}
