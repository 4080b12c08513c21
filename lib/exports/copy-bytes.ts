import type { ColumnKind } from "@/lib/db/queries/collected-data";

/**
 * Whole staged batches (PostgreSQL COPY text: one row a line, tab-separated, `\N` for NULL) turned
 * into their data.json rows and their CSV lines byte by byte, from Buffer to Buffer: one pass over the
 * bytes, no string made per batch, slice or value. Only when that gives exactly what the row-by-row
 * writers (package-rows.ts) write; otherwise they return null and the caller takes the other way.
 * A batch comes back null as soon as a value needs more than copying: a quote, a backslash that is
 * not a whole-field NULL marker, a control character (data.json), a carriage return (CSV), a number
 * that is not a plain integer, a boolean that is not `t` or `f`, a row with another number of fields.
 */

const TAB = 9;
const NL = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;
const BACKSLASH = 92;
const N = 78;

const ascii = (s: string) => Buffer.from(s, "utf8");
const TRUE = ascii("true");
const FALSE = ascii("false");
const NULL = ascii("null");

/** Copies a few bytes (a key, `null`): a loop, cheaper than a native call for so few. */
function put(out: Buffer, o: number, bytes: Buffer): number {
  for (let k = 0; k < bytes.length; k++) out[o++] = bytes[k]!;
  return o;
}

/** Is the field at `i` the NULL marker `\N` (followed by a separator or the end)? */
function isNullMarker(b: Buffer, i: number, n: number): boolean {
  if (b[i + 1] !== N) return false;
  const after = i + 2;
  return after === n || b[after] === TAB || b[after] === NL;
}

const KIND_STRING = 0;
const KIND_NUMBER = 1;
const KIND_RAW = 2; // json: written as the database printed it
const KIND_BOOLEAN = 3;
const kindCode = (k: ColumnKind) =>
  k === "number" ? KIND_NUMBER : k === "json" ? KIND_RAW : k === "boolean" ? KIND_BOOLEAN : KIND_STRING;

/**
 * For a set's columns, the function that turns a whole batch of `rows` rows into its data.json rows —
 * each `,\n        {"column": value, …}`, the set's very first row without its comma when `first` —
 * or null for the batch when that is not exact.
 */
export function jsonBytesOfCopyFor(
  columns: string[],
  kinds: ColumnKind[],
): (copy: Buffer, rows: number, first: boolean) => Buffer | null {
  const width = columns.length;
  const codes = Int8Array.from(kinds.map(kindCode));
  // What comes before each value: the row's start and the key, or a comma and the key.
  const prefixes = columns.map((c, j) => ascii((j === 0 ? ",\n        {" : ", ") + JSON.stringify(c) + ": "));
  const fixed = prefixes.reduce((s, p) => s + p.length, 0) + 1 + 2 * width;
  return (b, rows, first) => {
    const n = b.length;
    // Each row's keys and braces, and a value at most 2 bytes longer than its text (`\N` → `null`,
    // `f` → `false`, or the quotes around a string); one row more for a last line without its newline.
    const out = Buffer.allocUnsafe(n + (rows + 1) * (fixed + 2 * width));
    let o = 0;
    let i = 0;
    let seen = 0;
    while (i < n) {
      if (seen++ > rows) return null; // more rows than said: the bound above would not hold
      for (let j = 0; j < width; j++) {
        o = put(out, o, prefixes[j]!);
        const code = codes[j]!;
        let c = b[i];
        if (c === BACKSLASH) {
          if (!isNullMarker(b, i, n)) return null;
          o = put(out, o, NULL);
          i += 2;
        } else if (code === KIND_STRING) {
          out[o++] = QUOTE;
          while (i < n) {
            c = b[i]!;
            if (c === TAB || c === NL) break;
            if (c < 32 || c === QUOTE || c === BACKSLASH) return null;
            out[o++] = c;
            i++;
          }
          out[o++] = QUOTE;
        } else if (code === KIND_NUMBER) {
          // JSON's number exactly as printed: 0, or an integer of at most 15 digits without a leading 0.
          let start = i;
          if (c === MINUS) i++;
          c = b[i];
          if (c === ZERO) {
            if (i !== start) return null; // -0
            i++;
          } else {
            if (c === undefined || c <= ZERO || c > NINE) return null;
            const digits = i;
            while (i < n && (c = b[i]!) >= ZERO && c <= NINE) i++;
            if (i - digits > 15) return null;
          }
          while (start < i) out[o++] = b[start++]!;
        } else if (code === KIND_BOOLEAN) {
          const next = b[i + 1];
          if (next !== undefined && next !== TAB && next !== NL) return null;
          if (c === 116) o = put(out, o, TRUE);
          else if (c === 102) o = put(out, o, FALSE);
          else return null;
          i++;
        } else {
          let start = i;
          while (i < n) {
            c = b[i]!;
            if (c === TAB || c === NL) break;
            if (c < 32 || c === QUOTE || c === BACKSLASH) return null;
            i++;
          }
          if (i === start) return null; // not a JSON value
          while (start < i) out[o++] = b[start++]!;
        }
        // The separator: a tab between fields, a newline (or the end) after the last.
        if (j < width - 1) {
          if (b[i] !== TAB) return null;
          i++;
        } else {
          if (i < n && b[i] !== NL) return null;
          i++;
        }
      }
      out[o++] = 125; // }
    }
    return first && o > 0 ? out.subarray(1, o) : out.subarray(0, o);
  };
}

/**
 * A whole batch of `rows` rows as CSV lines (RFC 4180, `\r\n`): separators changed, NULL to an empty
 * field, a value holding a comma quoted, booleans of `boolean` columns spelled out — as csvLine
 * writes them — or null when a value needs more (a quote, a carriage return, an escape).
 */
export function csvBytesOfCopyFor(kinds: ColumnKind[]): (copy: Buffer, rows: number) => Buffer | null {
  const booleans = Uint8Array.from(kinds.map((k) => (k === "boolean" ? 1 : 0)));
  const width = kinds.length;
  return (b, rows) => {
    const n = b.length;
    // Per row one byte more for `\r`; per field at most the two quotes (or `f` → `false`).
    const out = Buffer.allocUnsafe(n + (rows + 1) * (2 + 4 * Math.max(width, 1)));
    let o = 0;
    let i = 0;
    let j = 0;
    let seen = 0;
    while (i < n) {
      if (j === 0 && seen++ > rows) return null; // more rows than said: the bound above would not hold
      if (j > 0) out[o++] = COMMA;
      let c = b[i];
      if (c === BACKSLASH) {
        if (!isNullMarker(b, i, n)) return null;
        i += 2;
      } else if (
        booleans[j] === 1 &&
        (c === 116 || c === 102) &&
        (i + 1 === n || b[i + 1] === TAB || b[i + 1] === NL)
      ) {
        o = put(out, o, c === 116 ? TRUE : FALSE);
        i++;
      } else {
        const start = o;
        let comma = false;
        while (i < n) {
          c = b[i]!;
          if (c === TAB || c === NL) break;
          if (c === QUOTE || c === CR || c === BACKSLASH) return null;
          if (c === COMMA) comma = true;
          out[o++] = c;
          i++;
        }
        if (comma) {
          out.copyWithin(start + 1, start, o);
          out[start] = QUOTE;
          o += 1;
          out[o++] = QUOTE;
        }
      }
      if (i >= n || b[i] === NL) {
        if (j !== width - 1) return null; // not one field per column (csvLine writes one per column)
        out[o++] = CR;
        out[o++] = NL;
        j = 0;
      } else if (++j >= width) return null;
      i++;
    }
    // The text ended on a tab: the line's last field is empty.
    if (j > 0) {
      if (j !== width - 1) return null;
      out[o++] = COMMA;
      out[o++] = CR;
      out[o++] = NL;
    }
    return out.subarray(0, o);
  };
}
