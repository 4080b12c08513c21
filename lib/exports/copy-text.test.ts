import { describe, expect, it } from "vitest";
import { countLines, parseCopyLines } from "./copy-text";

describe("COPY text lines", () => {
  it("reads fields exactly as PostgreSQL printed them, NULL apart from the empty string", () => {
    const text = "1\t+33 6 11 22 33 44\t-1200\t\\N\t\n2\ta\\tb\\nc\\\\d\t=SUM(A1)\t\t'quoted'\n";
    expect(parseCopyLines(text)).toEqual([
      ["1", "+33 6 11 22 33 44", "-1200", null, ""],
      ["2", "a\tb\nc\\d", "=SUM(A1)", "", "'quoted'"],
    ]);
    expect(countLines(Buffer.from(text))).toBe(2);
  });

  it("keeps non-ASCII text and reads octal and hex escapes", () => {
    expect(parseCopyLines("Zoë Ünal — 東京\t\\101\\x42\n")).toEqual([["Zoë Ünal — 東京", "AB"]]);
  });
});
