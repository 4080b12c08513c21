import { describe, expect, it } from "vitest";
import { csvField, CsvSyntaxError, parseCsv } from "./csv-parse";

describe("parseCsv (RFC 4180)", () => {
  it("reads plain fields with CRLF or LF and skips blank lines", () => {
    expect(parseCsv("a,b,c\r\n1,2,3\n\n4,,6\n")).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "2", "3"] },
      { line: 4, fields: ["4", "", "6"] },
    ]);
  });
  it("reads quoted fields with commas, escaped quotes and line breaks", () => {
    const rows = parseCsv('name,note\r\n"Dupont, Marie","She said ""hi""\r\nthen left"\r\nx,""\r\n');
    expect(rows[1]).toEqual({ line: 2, fields: ["Dupont, Marie", 'She said "hi"\r\nthen left'] });
    expect(rows[2]).toEqual({ line: 4, fields: ["x", ""] });
  });
  it("drops a UTF-8 BOM and keeps a last record without a line break", () => {
    expect(parseCsv("\uFEFFtype,email\naccess,é@example.com")).toEqual([
      { line: 1, fields: ["type", "email"] },
      { line: 2, fields: ["access", "é@example.com"] },
    ]);
  });
  it("refuses an unclosed quote and stray quotes, naming the line", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,x"y');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(2);
    }
    expect(() => parseCsv('"a"b')).toThrow(/after the closing quote/);
  });
  it("writes fields that read back the same", () => {
    const values = ["plain", "a,b", 'say "x"', "two\r\nlines", ""];
    expect(parseCsv(values.map(csvField).join(","))[0]!.fields).toEqual(values);
  });
});
