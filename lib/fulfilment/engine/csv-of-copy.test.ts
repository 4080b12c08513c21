import { describe, expect, it } from "vitest";
import { copyRows } from "@/lib/exports/copy-text";
import { csvOfCopy } from "./package-sets";

/** The CSV the row-by-row path writes for the same text (csvText returns values as stored; RFC 4180). */
function rowByRow(text: string): string {
  const field = (v: string | null) => (v === null ? "" : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  let out = "";
  for (const row of copyRows(text)) out += row.map(field).join(",") + "\r\n";
  return out;
}

describe("csvOfCopy: a staged batch to CSV in one pass", () => {
  it("changes separators only, NULL to an empty field, exactly as row by row", () => {
    const text = "1\t2025-01-10 12:30:00+00\tshipped\t12.50\n2\t\\N\tdelivered\t\\N\n3\tNull\t\\N\tN\n";
    expect(csvOfCopy(text)).toBe(rowByRow(text));
    expect(csvOfCopy(text)).toBe("1,2025-01-10 12:30:00+00,shipped,12.50\r\n2,,delivered,\r\n3,Null,,N\r\n");
    expect(csvOfCopy("7\tlast line without its newline")).toBe(rowByRow("7\tlast line without its newline"));
    expect(csvOfCopy("")).toBe("");
  });

  it("quotes a value with a comma, as row by row", () => {
    const text = "1\tDupont, Marie\t,\t\\N\n2\t1 rue de la Paix, 75002 Paris\tx\t,,\n";
    expect(csvOfCopy(text)).toBe(rowByRow(text));
    expect(csvOfCopy(text)).toBe('1,"Dupont, Marie",",",\r\n2,"1 rue de la Paix, 75002 Paris",x,",,"\r\n');
  });

  it("leaves to the row-by-row path a batch with a value that needs quoting or holds an escape", () => {
    for (const text of [
      'a\tsays "hi"\n',
      "a\tline\\nbreak\n",
      "a\ttab\\there\n",
      "a\tback\\\\slash\n",
      "a\tback\\\\N not null\n",
      "a\tcarriage\r\n",
      "a\tends with a backslash\\",
    ])
      expect(csvOfCopy(text)).toBeNull();
  });
});
