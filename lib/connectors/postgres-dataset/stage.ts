import { randomBytes } from "node:crypto";
import type pg from "pg";
import { db } from "@/lib/db/client";
import {
  finishCollectedSets,
  insertCollectedBatch,
  insertCollectedSets,
  resetCollected,
  type ColumnKind,
} from "@/lib/db/queries/collected-data";
import { countLines } from "@/lib/exports/copy-text";
import { stagedTexts } from "@/lib/exports/package-rows";
import { packedIndex, SetPacker, type PackedSet } from "@/lib/exports/set-packer";
import type { SubjectIdentity } from "../types";
import { quoteQualified, type DatasetConfig, type DatasetTable } from "./config";
import { CopySources } from "./copy-sources";
import { InOrder } from "./in-order";

/** Plaintext bytes per staged batch. */
export const BATCH_BYTES = 1024 * 1024;
/**
 * The first batch of a set is small: a preview and the access report's examples read that batch only,
 * and a batch is decrypted whole.
 */
export const FIRST_BATCH_BYTES = 64 * 1024;
/**
 * Batches queued before the reader waits: to be written (~1 MiB each), and to be packed. Waiting on
 * each insert and each batch's packing in turn paused the COPY (at 1,000,000 orders, 24 s waiting on
 * packing and 19 s on the COPY's next rows for a 51 s collect, the process busy 7.5 s of CPU).
 */
const WRITES_AHEAD = 3;
const PACKS_AHEAD = 2;

export function columnsOf(t: DatasetTable): string[] {
  return [...new Set([t.primaryKey, ...Object.keys(t.fields)])];
}

/**
 * The SQL condition that selects the subject's rows of `t`: identity tables by the verified e-mail
 * (case-insensitive), the others through their foreign key to the parent's rows — one query per
 * table, however many rows the parent has.
 */
export function subjectCondition(dataset: DatasetConfig, t: DatasetTable, emailLiteral: string): string {
  if (t.identity?.email) return `lower("${t.identity.email}") = lower(${emailLiteral})`;
  if (t.via) {
    const parent = dataset.tables.find((x) => x.name === t.via!.parent);
    if (!parent) throw new Error(`dataset ${dataset.key}: ${t.name} has no parent ${t.via.parent}`);
    return `"${t.via.column}" in (select "${t.via.parentColumn}" from ${quoteQualified(parent.name)} where ${subjectCondition(dataset, parent, emailLiteral)})`;
  }
  return "false";
}

/** How many rows of each table are the subject's, none copied (a confirmation's collect). */
export async function countSubjectRows(
  client: pg.Pool,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of dataset.tables) {
    const condition = subjectCondition(dataset, t, "$1");
    // A table reached neither by e-mail nor through a parent holds none of the subject's rows.
    if (!condition.includes("$1")) {
      counts[t.name] = 0;
      continue;
    }
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from ${quoteQualified(t.name)} where ${condition}`,
      [subject.email.trim()],
    );
    counts[t.name] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/** The subject's rows of `t`, in primary-key order (row indices stay stable between preview and build). */
export function subjectSelect(dataset: DatasetConfig, t: DatasetTable, emailLiteral: string): string {
  const cols = columnsOf(t)
    .map((c) => `"${c}"`)
    .join(", ");
  return `select ${cols} from ${quoteQualified(t.name)} where ${subjectCondition(dataset, t, emailLiteral)} order by "${t.primaryKey}"`;
}

const NUMBER_TYPES = new Set([21, 23, 700, 701]); // int2, int4, float4, float8
const BIG_NUMBER_TYPES = new Set([20, 1700]); // int8, numeric: numbers in data.json when exact
function kindOf(oid: number): ColumnKind {
  if (NUMBER_TYPES.has(oid) || BIG_NUMBER_TYPES.has(oid)) return "number";
  if (oid === 16) return "boolean";
  if (oid === 114 || oid === 3802) return "json";
  return "string";
}

/**
 * Collects the subject's rows of every table of the dataset into the staging tables, encrypted in
 * batches of ~1 MiB: `COPY (select …) TO STDOUT`, the next set's statement started ahead on a spare
 * connection (CopySources), batches written on another while the next are read, never more than a
 * few ahead (backpressure), so memory stays flat whatever the volume.
 * Meanwhile each set's package text (data.json rows, CSV) is written and deflated from the same batches
 * (SetPacker): the work the assemble step would do, done while the database sends the next rows. A
 * second run starts over. Returns the rows per table (the step's summary).
 */
export async function stageDataset(
  pool: pg.Pool,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
  step: { taskId: string; requestId: string },
): Promise<Record<string, number>> {
  await resetCollected(db(), { taskId: step.taskId });
  const counts: Record<string, number> = {};
  const packers: SetPacker[] = [];
  const client = await pool.connect();
  let sources: CopySources | undefined;
  let failed: Error | undefined;
  try {
    const email = client.escapeLiteral(subject.email.trim());
    const selects = dataset.tables.map((t) => subjectSelect(dataset, t, email));
    // Every set's column types in one round trip (a multi-statement simple query: one result each).
    const described = (await client.query(
      selects.map((select) => `select * from (${select}) s limit 0`).join(";\n"),
    )) as unknown as pg.QueryResult | pg.QueryResult[];
    const results = Array.isArray(described) ? described : [described];
    const sets = dataset.tables.map((t, setIndex) => ({
      taskId: step.taskId,
      requestId: step.requestId,
      setIndex,
      name: t.name,
      category: t.category,
      providedBySubject: t.providedBySubject,
      columns: results[setIndex]!.fields.map((f) => ({ name: f.name, kind: kindOf(f.dataTypeID) })),
      key: randomBytes(32),
    }));
    await insertCollectedSets(db(), sets);
    sources = new CopySources(pool, client, selects);
    const rowCounts: number[] = [];
    const packed: PackedSet[] = [];
    // Staged batches and packed parts are written one after the other on one connection while the
    // COPY goes on; the reader waits only when WRITES_AHEAD of them are queued (backpressure).
    const writes = new InOrder(WRITES_AHEAD);
    for (const [setIndex, t] of dataset.tables.entries()) {
      const { key } = sets[setIndex]!;
      let seq = 0;
      let rows = 0;
      let pending: Buffer[] = [];
      let size = 0;
      // The package's data.json rows and CSV of this set, deflated as its rows arrive (assemble splices them).
      const packer = new SetPacker(stagedTexts(sets[setIndex]!.columns), (part, n, bytes) =>
        writes.add(() =>
          insertCollectedBatch(db(), {
            ...step,
            setIndex: packedIndex(setIndex, part),
            seq: n,
            firstRow: 0,
            rows: 0,
            plaintext: bytes,
            key,
          }),
        ),
      );
      packers.push(packer);
      // Batches are packed in order while the COPY goes on reading the next ones (the packer yields
      // between runs of rows); the reader waits only when it is PACKS_AHEAD batches ahead.
      const packs = new InOrder(PACKS_AHEAD);
      const flush = async (upTo: number) => {
        const all = Buffer.concat(pending, size);
        const batch = all.subarray(0, upTo);
        const lines = countLines(batch);
        const insert = { ...step, setIndex, seq, firstRow: rows, rows: lines, plaintext: batch, key };
        seq += 1;
        rows += lines;
        const rest = all.subarray(upTo);
        pending = rest.length > 0 ? [Buffer.from(rest)] : [];
        size = rest.length;
        await writes.add(() => insertCollectedBatch(db(), insert));
        await packs.add(() => packer.add(batch, lines));
      };
      for await (const chunk of (await sources.rows(setIndex)) as AsyncIterable<Buffer>) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= (seq === 0 ? FIRST_BATCH_BYTES : BATCH_BYTES)) {
          const last = chunk.lastIndexOf(10);
          // Cut at the last whole row; a row split across pushes waits for the next one.
          if (last >= 0) await flush(size - chunk.length + last + 1);
        }
      }
      sources.done(setIndex);
      if (size > 0) await flush(size);
      await packs.settled();
      packed.push(await packer.finish());
      rowCounts.push(rows);
      counts[t.name] = rows;
    }
    await writes.settled();
    await finishCollectedSets(db(), { taskId: step.taskId, rowCounts, packed });
  } catch (err) {
    failed = err as Error;
    throw err;
  } finally {
    // A client stopped in the middle of a COPY cannot go back to the pool (CopySources closes it).
    if (sources) await sources.close();
    else client.release(failed);
    for (const p of packers) p.destroy();
  }
  return counts;
}
