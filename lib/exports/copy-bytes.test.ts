import { describe, expect, it } from "vitest";
import type { ColumnKind } from "@/lib/db/queries/collected-data";
import { csvBytesOfCopyFor, jsonBytesOfCopyFor } from "./copy-bytes";
import { copyRows, countLines } from "./copy-text";
import { batchTexts, jsonKeys, stagedTexts } from "./package-rows";

type Columns = { name: string; kind: ColumnKind }[];

/** What the row-by-row writers give for the same text (no one-pass conversion at all). */
function rowByRow(columns: Columns, text: string, first: boolean) {
  const set = { ...stagedTexts(columns), jsonOfCopy: undefined, csvOfCopy: undefined };
  const rows = [...copyRows(text)];
  const b = { firstRow: 0, rowCount: rows.length, rows };
  const t = batchTexts(set, jsonKeys(set), b, undefined, first, true);
  return { json: t.json, csv: t.csv };
}

function bytes(columns: Columns, text: string, first: boolean) {
  const buf = Buffer.from(text);
  const rows = countLines(buf);
  const json = jsonBytesOfCopyFor(
    columns.map((c) => c.name),
    columns.map((c) => c.kind),
  )(buf, rows, first);
  const csv = csvBytesOfCopyFor(columns.map((c) => c.kind))(buf, rows);
  return { json: json?.toString("utf8") ?? null, csv: csv?.toString("utf8") ?? null };
}

const orders: Columns = [
  { name: "id", kind: "number" },
  { name: "placed_at", kind: "string" },
  { name: "total", kind: "number" },
  { name: "meta", kind: "json" },
  { name: "paid", kind: "boolean" },
  { name: "address", kind: "string" },
];

/** A value as COPY TO prints it in text format (escapes for backslash and the separators). */
function copyField(v: string | null): string {
  if (v === null) return "\\N";
  return v.replace(
    /[\\\t\n\r\b\f\v]/g,
    (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v" })[c]!,
  );
}

/** A small deterministic generator (xorshift32), so a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

describe("copy-bytes: whole batches Buffer to Buffer, exactly as row by row", () => {
  it("writes plain rows: numbers, strings with commas and non-ASCII text, NULLs, booleans, JSON values", () => {
    const text =
      "1\t2025-01-10 12:30:00+00\t1250\t{}\tt\t1 rue de la Paix, 75002 Paris\n" +
      "2\t\\N\t-7\t\\N\tf\t\\N\n" +
      "3\tZoë Ünal — 東京\t0\t[1, 2]\t\\N\t\n" +
      "4\tx\t123456789012345\t1\tt\tRue $1 & $&\u007f\n";
    for (const first of [true, false]) {
      const got = bytes(orders, text, first);
      expect(got).toEqual(rowByRow(orders, text, first));
    }
    expect(bytes(orders, text, true).json).toContain(
      '{"id": 1, "placed_at": "2025-01-10 12:30:00+00", "total": 1250, "meta": {}, "paid": true, "address": "1 rue de la Paix, 75002 Paris"}',
    );
    expect(bytes(orders, text, true).csv).toContain(
      '1,2025-01-10 12:30:00+00,1250,{},true,"1 rue de la Paix, 75002 Paris"\r\n',
    );
    expect(bytes(orders, "", true)).toEqual({ json: "", csv: "" });
  });

  it("gives the last line without its newline, or ending on a tab, as row by row", () => {
    const cols: Columns = [
      { name: "id", kind: "number" },
      { name: "note", kind: "string" },
    ];
    for (const text of ["7\tlast line", "7\t", "7\ta\n8\t"])
      expect(bytes(cols, text, false)).toEqual(rowByRow(cols, text, false));
  });

  it("returns null where a value needs more than copying, or the row's shape is not the set's", () => {
    const cases = [
      '5\tsays "hi"\t1\t\\N\tt\ta\n',
      "5\tline\\nbreak\t1\t\\N\tt\ta\n",
      "5\tback\\\\slash\t1\t\\N\tt\ta\n",
      "5\tx\t12.50\t\\N\tt\ta\n",
      "5\tx\t-0\t\\N\tt\ta\n",
      "5\tx\t01\t\\N\tt\ta\n",
      "5\tx\t1234567890123456\t\\N\tt\ta\n",
      "5\tx\t\t\\N\tt\ta\n",
      "5\tx\t1\t\\N\tyes\ta\n",
      "5\tbell\u0007\t1\t\\N\tt\ta\n",
      "5\tx\t1\t\\N\tt\n",
      "5\tx\t1\t\\N\tt\ta\textra\n",
    ];
    for (const text of cases) expect(bytes(orders, text, false).json).toBeNull();
    for (const text of [cases[0]!, cases[1]!, cases[2]!, "5\tcarriage\r\t1\t\\N\tt\ta\n", cases[10]!, cases[11]!])
      expect(bytes(orders, text, false).csv).toBeNull();
    // Null means "take the other way", never a wrong file: the CSV of a row with a decimal is still exact.
    expect(bytes(orders, cases[3]!, false).csv).toBe(rowByRow(orders, cases[3]!, false).csv);
  });

  it("never gives other bytes than row by row, over 3,000 generated batches", () => {
    const pick = random(20261201);
    const alphabet = [
      "a",
      "Z",
      " ",
      ",",
      '"',
      "\\",
      "\t",
      "\n",
      "\r",
      "é",
      "東",
      "\u0001",
      "\u007f",
      "N",
      "0",
      "-",
      "1",
      "t",
      "f",
      "$&",
    ];
    const value = (kind: ColumnKind): string | null => {
      if (pick(8) === 0) return null;
      if (kind === "boolean") return ["t", "f", "t", "f", "x"][pick(5)]!;
      if (kind === "number")
        return ["0", "-0", "42", "-1200", "01", "12.5", "123456789012345", "1234567890123456", "1e3", ""][pick(10)]!;
      if (kind === "json") return ["{}", "[1, 2]", "3", '{"a": 1}', "null"][pick(5)]!;
      let s = "";
      for (let k = pick(6); k > 0; k--) s += pick(3) === 0 ? alphabet[pick(alphabet.length)]! : "abc, de"[pick(7)]!;
      return s;
    };
    const kinds: ColumnKind[] = ["number", "string", "json", "boolean"];
    let exact = 0;
    for (let round = 0; round < 3000; round++) {
      const columns: Columns = Array.from({ length: 1 + pick(5) }, (_, j) => ({
        name: `c${j}`,
        kind: kinds[pick(4)]!,
      }));
      let text = "";
      for (let r = pick(4); r >= 0; r--) text += columns.map((c) => copyField(value(c.kind))).join("\t") + "\n";
      const first = pick(2) === 0;
      const got = bytes(columns, text, first);
      const want = rowByRow(columns, text, first);
      if (got.json !== null) expect(got.json).toBe(want.json);
      if (got.csv !== null) expect(got.csv).toBe(want.csv);
      if (got.json !== null && got.csv !== null) exact++;
    }
    // Most generated batches hold something to escape; the fast way must still take a fair share.
    expect(exact).toBeGreaterThan(300);
  });
});
