import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-parse";
import { rowsOf } from "./rows";
import { ungrantedRows } from "./ungranted-rows";

const HEADER = "type,channel,received_at,email,full_name,locale,residence";
const rows = (...lines: string[]) => rowsOf(parseCsv([HEADER, ...lines].join("\n"))).rows;
const row = (type: string, residence: string) =>
  `${type},letter,2026-11-02 09:30 Europe/Paris,a@example.com,Ann,en,${residence}`;

describe("import rows asking for a right their residence's law does not grant", () => {
  it("names each such row with its residence and law, 1 being the first data row", () => {
    const found = ungrantedRows(
      rows(row("access", "FR"), row("portability", "CA"), row("restriction", "ca"), row("portability", "US-CA")),
      "FR",
    );
    expect(found).toEqual([
      { row: 2, type: "portability", residence: "CA", law: "PIPEDA" },
      { row: 3, type: "restriction", residence: "CA", law: "PIPEDA" },
    ]);
  });

  it("reads an empty residence as the staff intake does (the default jurisdiction)", () => {
    expect(ungrantedRows(rows(row("restriction", "")), "FR")).toEqual([]);
    expect(ungrantedRows(rows(row("restriction", "")), "CA")).toEqual([
      { row: 1, type: "restriction", residence: "CA", law: "PIPEDA" },
    ]);
  });

  it("leaves opt-outs, unknown types and unknown residences to the row checks (problems, not warnings)", () => {
    expect(
      ungrantedRows(rows(row("opt_out_sale", "FR"), row("teleport", "CA"), row("portability", "XX")), "FR"),
    ).toEqual([]);
  });
});
