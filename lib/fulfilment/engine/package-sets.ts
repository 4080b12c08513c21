import type { RecordSet } from "@/lib/connectors/types";
import { db as appDb, pool, type Db } from "@/lib/db/client";
import {
  listCollectedSets,
  readCollectedBatch,
  streamCollectedBatches,
  type CollectedSet,
} from "@/lib/db/queries/collected-data";
import { taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { detailOf } from "@/lib/fulfilment/step-results/details";
import { csvOfCopy } from "@/lib/exports/copy-batch";
import { slicesOf, stagedTexts, type RowBatch, type RowTexts, type StagedBatch } from "@/lib/exports/package-rows";
import { PACKED_SPILL_BYTES, packedIndex, type PackedPart } from "@/lib/exports/set-packer";

export { csvOfCopy, type RowBatch };

/**
 * One record set of a package, read as a stream of row batches — from the staging tables (database
 * systems), or from a step's small detail (webhook systems) or note (manual systems). Values are kept
 * as the system gave them: `csvText` writes them for a CSV, `jsonText` for data.json.
 */
export interface PackageSet extends RowTexts {
  system: string;
  name: string;
  category: string;
  providedBySubject: boolean;
  columns: string[];
  rowCount: number;
  batches(): AsyncIterable<RowBatch>;
  /**
   * The set's data.json rows and its whole CSV already deflated by the collect step (set-packer.ts),
   * when it made them: assembled as they are when no row of the set is excluded.
   */
  packed?: PackedSetParts | null;
  /** Rows given whole in memory (a remote system's answer, a note): small by construction. */
  inline?: true;
}

/** A staged set's pre-deflated parts: their CRC and sizes, and their bytes read on demand. */
export interface PackedSetParts {
  json: PackedPart;
  csv: PackedPart;
  bytes(part: "json" | "csv"): AsyncIterable<Buffer>;
}

/** How a staged set's batches are read: the first one alone, then the rest as one stream. */
export interface BatchSource {
  first(set: CollectedSet): Promise<StagedBatch | null>;
  rest(set: CollectedSet): AsyncIterable<StagedBatch>;
}
const stagingTable: BatchSource = {
  first: (set) => readCollectedBatch(appDb(), { set, seq: 0 }),
  rest: (set) => streamCollectedBatches(pool(), { set, fromSeq: 1 }),
};

/**
 * A staged set. The first batch is read on its own (a preview or the report's examples stop there);
 * a reader that goes on gets the others from one COPY stream.
 */
export function stagedSet(set: CollectedSet, system: string, name: string, source = stagingTable): PackageSet {
  const packed = set.packed;
  return {
    ...stagedTexts(set.columns),
    system,
    name,
    category: set.category,
    providedBySubject: set.providedBySubject,
    rowCount: set.rowCount,
    async *batches() {
      const first = await source.first(set);
      if (!first) return;
      yield* slicesOf(first);
      // A set that fits in one batch (most of them) needs no stream for the rest.
      if (first.firstRow + first.rows >= set.rowCount) return;
      for await (const b of source.rest(set)) yield* slicesOf(b);
    },
    packed: packed && {
      ...packed,
      async *bytes(part) {
        const at = { ...set, setIndex: packedIndex(set.setIndex, part) };
        // A part under one spill is one staged row: a plain query, no COPY stream and its own connection.
        if (packed[part].compressedSize < PACKED_SPILL_BYTES) {
          const one = await readCollectedBatch(appDb(), { set: at, seq: 0 });
          if (one) yield one.plaintext;
          return;
        }
        for await (const b of streamCollectedBatches(pool(), { set: at, fromSeq: 0 })) yield b.plaintext;
      },
    },
  };
}

function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** A set a remote system sent whole in its answer (small by construction: the callback body is capped). */
export function inlineSet(s: RecordSet, system: string): PackageSet {
  return {
    system,
    name: s.name,
    category: s.category,
    providedBySubject: s.providedBySubject,
    columns: s.columns,
    rowCount: s.rows.length,
    inline: true,
    async *batches() {
      yield { firstRow: 0, rows: s.rows.map((r) => s.columns.map((c) => r[c] ?? null)) };
    },
    csvText: textOf,
    jsonText: (v) => JSON.stringify(v ?? null),
  };
}

/**
 * The record sets the collect steps found, in step order; a manual system's note becomes a set of its
 * own. Two systems may both have a `contacts` set: the second is named after its system, so that an
 * exclusion (set + row index) points at one set only. Reads descriptions only: rows stream later.
 */
export async function packageSets(db: Db, tasks: TaskRow[], systemNames: Map<string, string>): Promise<PackageSet[]> {
  const collects = tasks.filter((t) => t.operation === "collect" && t.status === "succeeded");
  const staged = await listCollectedSets(db, { taskIds: collects.map((t) => t.id) });
  const sets: PackageSet[] = [];
  const named = (name: string, system: string) => (sets.some((x) => x.name === name) ? `${name} (${system})` : name);
  for (const t of collects) {
    const system = systemNames.get(t.systemId ?? "") ?? "other system";
    const mine = staged.filter((s) => s.taskId === t.id);
    if (mine.length > 0) {
      for (const s of mine) sets.push(stagedSet(s, system, named(s.name, system)));
      continue;
    }
    const detail = detailOf("collect", t);
    if (detail) for (const s of detail) sets.push(inlineSet({ ...s, name: named(s.name, system) }, system));
    else if (taskNote(t))
      sets.push(
        inlineSet(
          {
            name: system,
            category: "Records found by hand",
            providedBySubject: false,
            columns: ["note"],
            rows: [{ note: taskNote(t) }],
          },
          system,
        ),
      );
  }
  return sets;
}

/** The first `limit` rows of a set (the staff preview reads no further than it shows). */
export async function firstRows(set: PackageSet, limit: number): Promise<{ index: number; values: unknown[] }[]> {
  const out: { index: number; values: unknown[] }[] = [];
  for await (const b of set.batches()) {
    let index = b.firstRow;
    for (const values of b.rows) {
      if (out.length >= limit) return out;
      out.push({ index: index++, values });
    }
    if (out.length >= limit) return out;
  }
  return out;
}
