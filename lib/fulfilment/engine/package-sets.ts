import type { RecordSet } from "@/lib/connectors/types";
import { db as appDb, pool, type Db } from "@/lib/db/client";
import {
  listCollectedSets,
  readCollectedBatch,
  streamCollectedBatches,
  type CollectedSet,
} from "@/lib/db/queries/collected-data";
import { taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { copyRows, countLines } from "@/lib/exports/copy-text";
import { detailOf } from "@/lib/fulfilment/step-results/details";
import { csvOfCopy, jsonOfCopyFor } from "./copy-batch";

export { csvOfCopy };

/** A run of consecutive rows of a set; `firstRow` is the index (what an exclusion names) of the first. */
export interface RowBatch {
  firstRow: number;
  /** Read once, in order (staged batches are parsed row by row as they are read). */
  rows: Iterable<unknown[]>;
  /** How many rows the batch holds, when known before reading them. */
  rowCount?: number;
  /** The batch as staged (COPY text), for csvOfCopy. */
  copyText?: string;
}

/**
 * One record set of a package, read as a stream of row batches — from the staging tables (database
 * systems), or from a step's small detail (webhook systems) or note (manual systems). Values are kept
 * as the system gave them: `csvText` writes them for a CSV, `jsonText` for data.json.
 */
export interface PackageSet {
  system: string;
  name: string;
  category: string;
  providedBySubject: boolean;
  columns: string[];
  rowCount: number;
  batches(): AsyncIterable<RowBatch>;
  csvText(value: unknown, column: number): string | null;
  /**
   * A whole staged batch as CSV lines in one pass over its text, or null when a value needs more than a
   * change of separators (quoting, an escape, a boolean): then the rows are written one by one.
   */
  csvOfCopy?(copyText: string): string | null;
  /** The same for data.json: a whole staged batch as its rows (each `,\n        {…}`), or null. */
  jsonOfCopy?(copyText: string): string | null;
  jsonText(value: unknown, column: number): string;
}

const EXACT_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

/** Bytes of staged text per slice handed to the package writer. */
const SLICE_BYTES = 32 * 1024;

type StagedBatch = { firstRow: number; rows: number; plaintext: Buffer };
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
  const kinds = set.columns.map((c) => c.kind);
  /**
   * A staged batch (~1 MiB) handed on in slices of whole rows of ~32 KiB: every string made from it
   * (its text, its JSON, its CSV) stays small enough to die young in V8's new space, where a 1 MiB
   * string would go to the large-object space and wait for a full collection (the heap grew by
   * ~100 MiB per package that way).
   */
  function* asBatches(b: StagedBatch): Generator<RowBatch> {
    const buf = b.plaintext;
    let start = 0;
    let firstRow = b.firstRow;
    while (start < buf.length) {
      let end = Math.min(start + SLICE_BYTES, buf.length);
      if (end < buf.length) {
        const nl = buf.lastIndexOf(10, end - 1);
        end = nl >= start ? nl + 1 : buf.indexOf(10, end) + 1 || buf.length;
      }
      const part = buf.subarray(start, end);
      const rowCount = end === buf.length ? b.firstRow + b.rows - firstRow : countLines(part);
      const text = part.toString("utf8");
      yield { firstRow, rowCount, copyText: text, rows: copyRows(text) };
      firstRow += rowCount;
      start = end;
    }
  }
  return {
    system,
    name,
    category: set.category,
    providedBySubject: set.providedBySubject,
    columns: set.columns.map((c) => c.name),
    rowCount: set.rowCount,
    async *batches() {
      const first = await source.first(set);
      if (!first) return;
      yield* asBatches(first);
      // A set that fits in one batch (most of them) needs no stream for the rest.
      if (first.firstRow + first.rows >= set.rowCount) return;
      for await (const b of source.rest(set)) yield* asBatches(b);
    },
    csvOfCopy: kinds.includes("boolean") ? undefined : csvOfCopy,
    jsonOfCopy: jsonOfCopyFor(
      set.columns.map((c) => c.name),
      kinds,
    ),
    // Exactly as the database prints the value (`value::text`; COPY's t/f booleans read as true/false).
    csvText: (v, column) =>
      v === null
        ? null
        : kinds[column] === "boolean"
          ? v === "t"
            ? "true"
            : v === "f"
              ? "false"
              : (v as string)
          : (v as string),
    jsonText(v, column) {
      if (v === null) return "null";
      const s = v as string;
      switch (kinds[column]) {
        case "number":
          return EXACT_NUMBER.test(s) && String(Number(s)) === s ? s : JSON.stringify(s);
        case "boolean":
          return s === "t" ? "true" : s === "f" ? "false" : JSON.stringify(s);
        case "json":
          return s;
        default:
          return JSON.stringify(s);
      }
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
