import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { computeHash, GENESIS_HASH } from "./hash";
import { entryToChain, STORED_COLUMNS, type StoredRow } from "./stored-entry";

/** Advisory lock of the chainer ("AUDI" in ASCII): only chainers take it, never an audited change. */
export const AUDIT_CHAIN_LOCK = 0x41554449;

/**
 * Links committed, not yet chained entries to the end of the hash chain, oldest seq first: each gets
 * the next chain_seq, the previous link's hash and its own. Audited transactions append with no lock
 * and so never wait for each other; only chainers serialise, on AUDIT_CHAIN_LOCK (a second one finds it
 * taken and returns 0). Safe to run anywhere, any number of times: what is chained stays chained.
 * Chain order is the order entries became visible, which for concurrent transactions may differ from
 * seq order; the verifier walks chain_seq.
 */
export async function chainAuditEntries(database: Database, limit = 2_000): Promise<number> {
  return database.transaction(async (tx) => {
    const { rows: locked } = await tx.execute<{ ok: boolean }>(
      sql`select pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint) as ok`,
    );
    if (!locked[0]?.ok) return 0;
    const { rows: pending } = await tx.execute<StoredRow>(
      // audit_log.seq: a plain "seq" would sort the text alias ("10" before "9").
      sql`select ${STORED_COLUMNS} from audit_log where chain_seq is null order by audit_log.seq limit ${limit}`,
    );
    if (pending.length === 0) return 0;
    const { rows: heads } = await tx.execute<{ chain_seq: string; hash: string }>(
      sql`select chain_seq::text as chain_seq, hash from audit_log where chain_seq is not null order by audit_log.chain_seq desc limit 1`,
    );
    let chainSeq = Number(heads[0]?.chain_seq ?? 0);
    let prevHash = heads[0]?.hash ?? GENESIS_HASH;
    const seqs: string[] = [];
    const chainSeqs: number[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of pending) {
      const hash = computeHash(prevHash, entryToChain(row));
      seqs.push(row.seq);
      chainSeqs.push(++chainSeq);
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    await tx.execute(sql`
      update audit_log as a
      set chain_seq = v.chain_seq, prev_hash = v.prev_hash, hash = v.hash
      from (select unnest(${pgArray(seqs)}::bigint[]) as seq, unnest(${pgArray(chainSeqs)}::bigint[]) as chain_seq,
                   unnest(${pgArray(prevHashes)}::text[]) as prev_hash, unnest(${pgArray(hashes)}::text[]) as hash) as v
      where a.seq = v.seq and a.chain_seq is null`);
    return pending.length;
  });
}

/** One array parameter (drizzle would spread a JS array into a row); numbers and hex hashes need no quoting. */
const pgArray = (values: (string | number)[]) => `{${values.join(",")}}`;

/**
 * Chains until no committed entry is left unchained (tests, the CLI): when another chainer holds the
 * lock, waits for it. Gives up after `timeoutMs`.
 */
export async function chainAllAuditEntries(database: Database, timeoutMs = 15_000): Promise<number> {
  let total = 0;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const n = await chainAuditEntries(database);
    total += n;
    if (n > 0) continue;
    const { rows } = await database.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where chain_seq is null`,
    );
    if ((rows[0]?.n ?? 0) === 0) return total;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("audit entries are still unchained after waiting for the chainer");
}
