/**
 * PostgreSQL's COPY text format, as the postgres-dataset connector stages collected rows: one row a
 * line, fields separated by tabs, `\N` for NULL, and backslash escapes for backslash, tab, newline,
 * carriage return, backspace, form feed and vertical tab (what COPY TO writes). Values come back
 * exactly as the database prints them.
 */
const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };

function unescapeField(field: string): string | null {
  if (field === "\\N") return null;
  if (!field.includes("\\")) return field;
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_m, e: string) => {
    if (e.length > 1 && e[0] === "x") return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ESCAPES[e] ?? e;
  });
}

/**
 * The rows of a block of whole COPY lines (a staged batch), parsed one at a time as they are used: a
 * row dies young instead of a whole batch of rows being kept (and promoted by the garbage collector).
 */
export function* copyRows(text: string): Generator<(string | null)[]> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const fields = text.slice(start, end).split("\t");
    for (let i = 0; i < fields.length; i++)
      if (fields[i]!.includes("\\")) fields[i] = unescapeField(fields[i]!) as string;
    yield fields as (string | null)[];
    start = end + 1;
  }
}

/** All the rows of a block at once (tests, small blocks). */
export function parseCopyLines(text: string): (string | null)[][] {
  return [...copyRows(text)];
}

/** Counts the lines (rows) in a block of COPY output. */
export function countLines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
  return n;
}
