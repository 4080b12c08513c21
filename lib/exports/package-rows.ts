import type { ColumnKind } from "@/lib/db/queries/collected-data";
import { csvOfCopy, jsonOfCopyFor } from "./copy-batch";
import { csvBytesOfCopyFor, jsonBytesOfCopyFor } from "./copy-bytes";
import { copyRows, countLines } from "./copy-text";

/**
 * How a package writes a record set's rows — data.json rows and CSV lines — shared by the assemble step
 * (lib/fulfilment/build-package.ts) and the collect step, which deflates the same text as it stages the
 * rows (set-packer.ts): one definition, so both give the same bytes.
 */

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

/** How a set's values become text: what the row writers below need of a set. */
export interface RowTexts {
  columns: string[];
  csvText(value: unknown, column: number): string | null;
  /**
   * A whole staged batch as CSV lines in one pass over its text, or null when a value needs more than a
   * change of separators (quoting, an escape, a boolean): then the rows are written one by one.
   */
  csvOfCopy?(copyText: string): string | null;
  /** The same for data.json: a whole staged batch as its rows (each `,\n        {…}`), or null. */
  jsonOfCopy?(copyText: string): string | null;
  /** Whole staged batches as data.json rows and as CSV lines, Buffer to Buffer (copy-bytes.ts), or null. */
  jsonBytes?(copy: Buffer, rows: number, first: boolean): Buffer | null;
  csvBytes?(copy: Buffer, rows: number): Buffer | null;
  jsonText(value: unknown, column: number): string;
}

const EXACT_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

/** A staged set's value writers, from its columns' kinds (values exactly as the database printed them). */
export function stagedTexts(columns: { name: string; kind: ColumnKind }[]): RowTexts {
  const kinds = columns.map((c) => c.kind);
  const names = columns.map((c) => c.name);
  return {
    columns: names,
    csvOfCopy: kinds.includes("boolean") ? undefined : csvOfCopy,
    jsonOfCopy: jsonOfCopyFor(names, kinds),
    jsonBytes: jsonBytesOfCopyFor(names, kinds),
    csvBytes: csvBytesOfCopyFor(kinds),
    // `value::text`; COPY's t/f booleans read as true/false.
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

/** Bytes of staged text per slice handed to the package writer. */
const SLICE_BYTES = 32 * 1024;

export type StagedBatch = { firstRow: number; rows: number; plaintext: Buffer };

/** A run of whole rows of a staged batch, as bytes: `part` holds `rowCount` rows from `firstRow`. */
export interface ByteSlice {
  firstRow: number;
  rowCount: number;
  part: Buffer;
}

/** A staged batch cut into runs of whole rows of about `size` bytes (a longer row is a run of its own). */
export function* byteSlicesOf(b: StagedBatch, size = SLICE_BYTES): Generator<ByteSlice> {
  const buf = b.plaintext;
  let start = 0;
  let firstRow = b.firstRow;
  while (start < buf.length) {
    let end = Math.min(start + size, buf.length);
    if (end < buf.length) {
      const nl = buf.lastIndexOf(10, end - 1);
      end = nl >= start ? nl + 1 : buf.indexOf(10, end) + 1 || buf.length;
    }
    const part = buf.subarray(start, end);
    const rowCount = end === buf.length ? b.firstRow + b.rows - firstRow : countLines(part);
    yield { firstRow, rowCount, part };
    firstRow += rowCount;
    start = end;
  }
}

/** A run of rows as text, parsed row by row as it is read (for the writers below). */
export function textBatch(s: ByteSlice): RowBatch {
  const text = s.part.toString("utf8");
  return { firstRow: s.firstRow, rowCount: s.rowCount, copyText: text, rows: copyRows(text) };
}

/**
 * A staged batch (~1 MiB) handed on in slices of whole rows of ~32 KiB: every string made from it (its
 * text, its JSON, its CSV) stays small enough to die young in V8's new space, where a 1 MiB string
 * would go to the large-object space and wait for a full collection.
 */
export function* slicesOf(b: StagedBatch): Generator<RowBatch> {
  for (const s of byteSlicesOf(b)) yield textBatch(s);
}

/** One CSV field (RFC 4180), the value exactly as stored: no spreadsheet prefix in the subject's own data. */
export function csvField(text: string | null): string {
  if (text === null) return "";
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvHeader = (set: RowTexts) => set.columns.map(csvField).join(",") + "\r\n";

export function csvLine(set: RowTexts, row: unknown[], n: number): string {
  let line = "";
  for (let j = 0; j < n; j++) line += (j === 0 ? "" : ",") + csvField(set.csvText(row[j], j));
  return line + "\r\n";
}

const untouched = (b: RowBatch, drop: Set<number> | undefined) => {
  if (drop) for (let i = b.firstRow; i < b.firstRow + b.rowCount!; i++) if (drop.has(i)) return false;
  return true;
};

/** The batch's CSV lines in one pass over its staged text, when exact and no row of it is excluded. */
export function batchCsv(set: RowTexts, b: RowBatch, drop: Set<number> | undefined): string | null {
  if (!set.csvOfCopy || b.copyText === undefined || b.rowCount === undefined || !untouched(b, drop)) return null;
  return set.csvOfCopy(b.copyText);
}

/** The batch's data.json rows in one pass over its staged text, when exact and no row of it is excluded. */
export function batchJson(set: RowTexts, b: RowBatch, drop: Set<number> | undefined): string | null {
  if (!set.jsonOfCopy || b.copyText === undefined || b.rowCount === undefined || !untouched(b, drop)) return null;
  return set.jsonOfCopy(b.copyText);
}

/**
 * A batch's kept rows as data.json text (each `,\n        {…}`; the set's very first row without its
 * comma: `first` says whether a row was written before) and, with `withCsv`, as CSV lines.
 */
export function batchTexts(
  set: RowTexts,
  keys: string[],
  b: RowBatch,
  drop: Set<number> | undefined,
  first: boolean,
  withCsv: boolean,
): { json: string; csv: string; first: boolean } {
  const whole = withCsv ? batchCsv(set, b, drop) : null;
  const fast = batchJson(set, b, drop);
  let csv = whole ?? "";
  let json = "";
  if (fast) {
    json = first ? fast.slice(1) : fast;
    first = false;
  }
  if (fast === null || (whole === null && withCsv)) {
    const n = keys.length;
    let index = b.firstRow;
    for (const row of b.rows) {
      if (drop?.has(index++)) continue;
      if (fast === null) {
        let obj = "";
        for (let j = 0; j < n; j++) obj += (j === 0 ? "" : ", ") + keys[j] + set.jsonText(row[j], j);
        json += `${first ? "" : ","}\n        {${obj}}`;
        first = false;
      }
      if (whole === null && withCsv) csv += csvLine(set, row, n);
    }
  }
  return { json, csv, first };
}

/** The `"column": ` prefixes of a set's data.json rows. */
export const jsonKeys = (set: RowTexts) => set.columns.map((c) => JSON.stringify(c) + ": ");
