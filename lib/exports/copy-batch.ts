import type { ColumnKind } from "@/lib/db/queries/collected-data";

/**
 * Whole staged batches (PostgreSQL COPY text: one row a line, tab-separated, `\N` for NULL) turned
 * into their CSV lines or their data.json rows by the regular-expression engine in a few passes over
 * the text, instead of row by row in JavaScript — when that gives exactly what the row-by-row path
 * writes. Otherwise they return null and the rows are written one by one.
 */

/**
 * COPY text to CSV by changing separators, when that is exact: no value holds a quote or a carriage
 * return and the only backslashes are NULL markers (`\N`, a whole field: a backslash in a value is
 * written doubled, a newline or tab in a value as an escape). A value with a comma is quoted, NULL
 * becomes the empty field, as csvText and csvField write them.
 */
const CSV_NEEDS_ROW_BY_ROW = /["\r]|\\[^N]|\\$/;
export function csvOfCopy(text: string): string | null {
  if (CSV_NEEDS_ROW_BY_ROW.test(text)) return null;
  // A field starts the text or follows a separator: anchored there, the pattern never rescans a field.
  let csv = text.includes(",") ? text.replace(/(^|[\t\n])([^\t\n,]*,[^\t\n]*)/g, '$1"$2"') : text;
  csv = csv.replaceAll("\t", ",").replaceAll("\n", "\r\n");
  if (csv.includes("\\N")) csv = csv.replaceAll("\\N", "");
  return text.length === 0 || text.endsWith("\n") ? csv : csv + "\r\n";
}

/**
 * A batch's JSON needs the row-by-row path when a value would need escaping in a JSON string (a
 * quote, a backslash that is not a NULL marker, a control character).
 */
const JSON_NEEDS_ROW_BY_ROW = /["\x00-\x08\x0b-\x1f]|\\[^N]|\\$/;
/** Integers JSON writes as numbers exactly as the database printed them (jsonText's rule, integers only). */
const EXACT_INTEGER = "0|-?[1-9]\\d{0,14}";

/**
 * For a set's columns, the function that turns a whole batch into its data.json rows — each row
 * `,\n        {"column": value, …}` as dataJsonPieces writes it row by row — or null for the batch
 * when it is not exact (an escape, a quote, a number that is not a plain integer). Undefined for sets
 * whose values always need work per value (booleans, too many columns, a single column).
 */
export function jsonOfCopyFor(columns: string[], kinds: ColumnKind[]): ((text: string) => string | null) | undefined {
  if (columns.length < 2 || columns.length > 99 || kinds.some((k) => k === "boolean")) return undefined;
  const groups = kinds.map((k) => (k === "number" ? `(${EXACT_INTEGER}|\\\\N)` : "([^\\t\\n]*)"));
  const line = new RegExp(`^${groups.join("\\t")}\\n`, "gm");
  const template =
    ",\n        {" +
    columns
      .map((c, j) => {
        const key = JSON.stringify(c).replaceAll("$", "$$$$") + ": ";
        return kinds[j] === "string" ? `${key}"$${j + 1}"` : `${key}$${j + 1}`;
      })
      .join(", ") +
    "}";
  return (text) => {
    if (JSON_NEEDS_ROW_BY_ROW.test(text)) return null;
    const whole = text.length === 0 || text.endsWith("\n") ? text : text + "\n";
    const json = whole.replace(line, template);
    // A line the pattern did not take keeps its tabs (every row has two fields or more): row by row.
    if (json.includes("\t") || (whole.length > 0 && !json.startsWith(",\n"))) return null;
    return json.includes("\\N") ? json.replaceAll('"\\N"', "null").replaceAll("\\N", "null") : json;
  };
}
