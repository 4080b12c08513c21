import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { decrypt, nameIndex } from "@/lib/crypto/env-keys";
import type { Db } from "../client";
import { requestNameTokens, requests } from "../schema";
import type { BatchResult } from "./key-rotation";

/** Writes the name-search index of a request (replacing any earlier one), in the caller's transaction. */
export async function replaceNameTokens(tx: Db, p: { requestId: string; fullName: string }): Promise<void> {
  await tx.delete(requestNameTokens).where(eq(requestNameTokens.requestId, p.requestId));
  const hashes = nameIndex(p.fullName);
  if (hashes.length === 0) return;
  await tx
    .insert(requestNameTokens)
    .values(hashes.map((tokenHash) => ({ tokenHash, requestId: p.requestId })))
    .onConflictDoNothing();
}

/** Minimisation: the index goes with the name. */
export async function deleteNameTokens(tx: Db, p: { requestId: string }): Promise<number> {
  const rows = await tx
    .delete(requestNameTokens)
    .where(eq(requestNameTokens.requestId, p.requestId))
    .returning({ id: requestNameTokens.requestId });
  return rows.length;
}

/**
 * The queue's name filter: requests holding every token of the query (each token under the current or,
 * during a rotation, the previous key). The matching ids are computed first — one range of the
 * (token_hash, request_id) key per token, intersected — as one array the requests are then read by
 * primary key, so the plan never walks the queue's sort index probing each row (measured on 200,000
 * requests: a surname 0.2 ms, a first name shared by 4,000 requests 30 ms, both 7 ms; probing per row
 * took 465 ms for the first name).
 */
export function nameTokensWhere(tokens: string[][]): SQL[] {
  const ranges = tokens.map(
    (alternatives) =>
      sql`select ${requestNameTokens.requestId} from ${requestNameTokens} where ${inArray(requestNameTokens.tokenHash, alternatives)}`,
  );
  return [sql`${requests.id} = any(array(${sql.join(ranges, sql` intersect `)}))`];
}

/** The token hashes stored for a request (tests read them back). */
export async function listNameTokens(db: Db, p: { requestId: string }): Promise<string[]> {
  const rows = await db
    .select({ h: requestNameTokens.tokenHash })
    .from(requestNameTokens)
    .where(eq(requestNameTokens.requestId, p.requestId));
  return rows.map((r) => r.h).sort();
}

/**
 * Key rotation and backfill: rebuilds one batch of requests' name indexes under the current
 * BLIND_INDEX_KEY (from the decrypted name; minimised requests have none and keep none). A request
 * whose index is already current is left alone, so a rerun changes nothing.
 */
export async function rebuildNameTokenBatch(tx: Db, after: string | null, limit: number): Promise<BatchResult> {
  const { rows } = await tx.execute<{ id: string; full_name_enc: string; hashes: string[] | null }>(sql`
    select r.id::text as id, r.full_name_enc,
      (select array_agg(t.token_hash order by t.token_hash) from request_name_tokens t where t.request_id = r.id) as hashes
    from requests r where ${after ? sql`r.id > ${after}::uuid` : sql`true`} order by r.id limit ${limit}`);
  let changed = 0;
  for (const row of rows) {
    const name = row.full_name_enc.startsWith("v1.") ? decrypt(row.full_name_enc, `requests.full_name:${row.id}`) : "";
    const want = [...new Set(nameIndex(name))].sort();
    const have = row.hashes ?? [];
    if (want.length === have.length && want.every((h, i) => h === have[i])) continue;
    await replaceNameTokens(tx, { requestId: row.id, fullName: name });
    changed++;
  }
  return { next: rows.length < limit ? null : rows[rows.length - 1]!.id, read: rows.length, changed };
}
