import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type pg from "pg";
import { copyBinaryTuples } from "@/lib/db/copy-binary";
import { copyOut } from "@/lib/db/copy-out";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import type { Database, Db } from "@/lib/db/client";
import { collectedBatches, collectedSets, requests } from "@/lib/db/schema";

/** How data.json types a column's text value. */
export type ColumnKind = "number" | "boolean" | "json" | "string";
export interface CollectedColumn {
  name: string;
  kind: ColumnKind;
}

/** A pre-deflated part of a set's package text: the CRC-32 and size of its text, its deflated size. */
export interface PackedPart {
  crc: number;
  size: number;
  compressedSize: number;
}
/** What the collect step deflated of a set (lib/exports/set-packer.ts): its data.json rows and its CSV. */
export interface PackedSet {
  json: PackedPart;
  csv: PackedPart;
}

/** A staged record set: its description, and the key that opens its batches (unsealed on read). */
export interface CollectedSet {
  taskId: string;
  setIndex: number;
  name: string;
  category: string;
  providedBySubject: boolean;
  columns: CollectedColumn[];
  rowCount: number;
  key: Buffer;
  /** Null when the set was staged without its package parts. */
  packed?: PackedSet | null;
}

const keyAad = (taskId: string, setIndex: number) => `collected_sets.key:${taskId}:${setIndex}`;
const batchAad = (taskId: string, setIndex: number, seq: number) => `collected_batches:${taskId}:${setIndex}:${seq}`;

/** A collect step runs again from the start: what it staged before is dropped first (idempotent). */
export async function resetCollected(db: Db, p: { taskId: string }): Promise<void> {
  await db.delete(collectedBatches).where(eq(collectedBatches.taskId, p.taskId));
  await db.delete(collectedSets).where(eq(collectedSets.taskId, p.taskId));
}

/** The sets a collect step stages, in one statement (their counts come with finishCollectedSets). */
export async function insertCollectedSets(
  db: Db,
  sets: (Omit<CollectedSet, "rowCount"> & { requestId: string })[],
): Promise<void> {
  if (sets.length === 0) return;
  await db.insert(collectedSets).values(
    sets.map((p) => ({
      taskId: p.taskId,
      requestId: p.requestId,
      setIndex: p.setIndex,
      name: p.name,
      category: p.category,
      providedBySubject: p.providedBySubject,
      columns: p.columns,
      rowCount: 0,
      keyEnc: encrypt(p.key.toString("base64"), keyAad(p.taskId, p.setIndex)),
    })),
  );
}

/**
 * The row count (and the pre-deflated parts, when made) of every set of a collect step (index i is
 * set i), in one statement.
 */
export async function finishCollectedSets(
  db: Db,
  p: { taskId: string; rowCounts: number[]; packed?: (PackedSet | null)[] },
) {
  if (p.rowCounts.length === 0) return;
  const sets = p.rowCounts.map((n, i) => ({ n, packed: p.packed?.[i] ?? null }));
  await db.execute(sql`
    update ${collectedSets} set row_count = (c.e->>'n')::int, packed = nullif(c.e->'packed', 'null'::jsonb)
    from jsonb_array_elements(${JSON.stringify(sets)}::jsonb) with ordinality as c(e, i)
    where ${collectedSets.taskId} = ${p.taskId} and ${collectedSets.setIndex} = c.i - 1`);
}

/**
 * One batch of rows (COPY text lines), encrypted here under the set's key, bound to its place; in a
 * transaction of its own (never inside another: its commit does not wait for the WAL flush).
 */
export async function insertCollectedBatch(
  db: Database,
  p: { taskId: string; setIndex: number; seq: number; firstRow: number; rows: number; plaintext: Buffer; key: Buffer },
): Promise<void> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", p.key, iv);
  cipher.setAAD(Buffer.from(batchAad(p.taskId, p.setIndex, p.seq)));
  const data = Buffer.concat([iv, cipher.update(p.plaintext), cipher.final(), cipher.getAuthTag()]);
  // Committed without waiting for the WAL flush (~15 -> ~8 ms per 1 MiB batch here): a batch lost in a
  // crash belongs to a collect step not yet recorded as done — that record's own commit flushes the WAL
  // up to it, batches included — and the step, run again, starts over.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    await tx
      .insert(collectedBatches)
      .values({ taskId: p.taskId, setIndex: p.setIndex, seq: p.seq, firstRow: p.firstRow, rows: p.rows, data });
  });
}

/** The staged sets of these collect steps, in step then set order. */
export async function listCollectedSets(db: Db, p: { taskIds: string[] }): Promise<CollectedSet[]> {
  if (p.taskIds.length === 0) return [];
  const rows = await db
    .select()
    .from(collectedSets)
    .where(inArray(collectedSets.taskId, p.taskIds))
    .orderBy(collectedSets.setIndex);
  return rows.map((r) => ({
    taskId: r.taskId,
    setIndex: r.setIndex,
    name: r.name,
    category: r.category,
    providedBySubject: r.providedBySubject,
    columns: r.columns as CollectedColumn[],
    rowCount: r.rowCount,
    packed: (r.packed as PackedSet | null) ?? null,
    key: Buffer.from(decrypt(r.keyEnc, keyAad(r.taskId, r.setIndex)), "base64"),
  }));
}

/** Batch `seq` of a set, decrypted; null past the last one. */
export async function readCollectedBatch(
  db: Db,
  p: { set: CollectedSet; seq: number },
): Promise<{ firstRow: number; rows: number; plaintext: Buffer } | null> {
  const { taskId, setIndex } = p.set;
  const [row] = await db
    .select({ firstRow: collectedBatches.firstRow, rows: collectedBatches.rows, data: collectedBatches.data })
    .from(collectedBatches)
    .where(
      and(
        eq(collectedBatches.taskId, taskId),
        eq(collectedBatches.setIndex, setIndex),
        eq(collectedBatches.seq, p.seq),
      ),
    );
  if (!row) return null;
  return { firstRow: row.firstRow, rows: row.rows, plaintext: openBatch(p.set, p.seq, row.data) };
}

function openBatch(set: CollectedSet, seq: number, d: Buffer): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", set.key, d.subarray(0, 12));
  decipher.setAAD(Buffer.from(batchAad(set.taskId, set.setIndex, seq)));
  decipher.setAuthTag(d.subarray(d.length - 16));
  const plaintext = decipher.update(d.subarray(12, d.length - 16));
  const last = decipher.final(); // GCM: empty, but it checks the tag
  return last.length === 0 ? plaintext : Buffer.concat([plaintext, last]);
}

/**
 * The set's batches from `fromSeq` on, decrypted, in order, read with one `COPY … TO STDOUT (FORMAT
 * binary)` on a client of its own: the bytes as stored (no hex), the next batches arriving while this
 * one is used, the socket paused when the reader falls behind. A reader that stops early closes the
 * client (a COPY cannot be abandoned half-way on a pooled connection).
 */
export async function* streamCollectedBatches(
  pool: pg.Pool,
  p: { set: CollectedSet; fromSeq: number },
): AsyncGenerator<{ firstRow: number; rows: number; plaintext: Buffer }> {
  const { set } = p;
  const client = await pool.connect();
  let finished = false;
  try {
    const select = `select seq, first_row, rows, data from collected_batches where task_id = ${client.escapeLiteral(set.taskId)} and set_index = ${Number(set.setIndex)} and seq >= ${Number(p.fromSeq)} order by seq`;
    for await (const [seq, firstRow, rows, data] of copyBinaryTuples(copyOut(client, select, { binary: true }))) {
      const n = seq!.readInt32BE(0);
      yield { firstRow: firstRow!.readInt32BE(0), rows: rows!.readInt32BE(0), plaintext: openBatch(set, n, data!) };
    }
    finished = true;
  } finally {
    client.release(finished ? undefined : new Error("batch stream stopped before its end"));
  }
}

/** Drops what the request's collect steps staged (the package is released, or the request closed). */
export async function deleteCollectedOfRequest(db: Db, p: { requestId: string }): Promise<void> {
  const sets = await db
    .delete(collectedSets)
    .where(eq(collectedSets.requestId, p.requestId))
    .returning({ taskId: collectedSets.taskId });
  const taskIds = [...new Set(sets.map((s) => s.taskId))];
  if (taskIds.length > 0) await db.delete(collectedBatches).where(inArray(collectedBatches.taskId, taskIds));
}

/** Requests closed (completed, refused, withdrawn) that still have staged rows: the hourly purge drops them. */
export async function listClosedRequestsWithCollected(db: Db, p: { limit: number }): Promise<string[]> {
  const rows = await db
    .selectDistinct({ requestId: collectedSets.requestId })
    .from(collectedSets)
    .innerJoin(requests, eq(requests.id, collectedSets.requestId))
    .where(sql`${requests.status} in ('completed', 'rejected', 'withdrawn')`)
    .limit(p.limit);
  return rows.map((r) => r.requestId);
}
