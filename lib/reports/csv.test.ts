import { expect, it } from "vitest";
import { csvField, csvLine } from "./csv";

it("quotes separators and quotes, and neutralises formulas", () => {
  expect(csvField('a,"b"')).toBe('"a,""b"""');
  expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  expect(csvField(null)).toBe("");
  expect(csvLine(["a", 1, new Date("2026-01-02T03:04:05Z")])).toBe("a,1,2026-01-02T03:04:05.000Z\r\n");
});
