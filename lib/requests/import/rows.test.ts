import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-parse";
import { checkRow, IMPORT_MAX_ROWS, parseReceivedAt, rowsOf } from "./rows";
import { importTemplateCsv } from "./template";

const staff = { id: "00000000-0000-4000-8000-000000000001", role: "agent" as const };
const NOW = new Date("2026-11-30T12:00:00Z");

describe("parseReceivedAt", () => {
  it("takes an ISO instant with its offset or Z", () => {
    expect(parseReceivedAt("2026-11-02T09:30:00+01:00")).toEqual(new Date("2026-11-02T08:30:00Z"));
    expect(parseReceivedAt("2026-11-02T09:30Z")).toEqual(new Date("2026-11-02T09:30:00Z"));
  });
  it("takes a local time with an IANA zone, summer and winter time included", () => {
    expect(parseReceivedAt("2026-11-02 09:30 Europe/Paris")).toEqual(new Date("2026-11-02T08:30:00Z"));
    expect(parseReceivedAt("2026-07-02 09:30 Europe/Paris")).toEqual(new Date("2026-07-02T07:30:00Z"));
    expect(parseReceivedAt("2026-07-02 09:30:15 America/Los_Angeles")).toEqual(new Date("2026-07-02T16:30:15Z"));
  });
  it("refuses a time without a zone, an unknown zone and impossible dates", () => {
    expect(parseReceivedAt("2026-11-02 09:30")).toMatch(/its zone/);
    expect(parseReceivedAt("2026-11-02 09:30 Mars/Olympus")).toMatch(/unknown time zone/);
    expect(parseReceivedAt("2026-02-30 09:30 Europe/Paris")).toMatch(/not a valid/);
    // With an offset too: Date would roll 30 February over to 2 March and file the request on another day.
    expect(parseReceivedAt("2026-02-30T10:00:00Z")).toMatch(/not a valid/);
    expect(parseReceivedAt("2026-13-01T10:00:00+01:00")).toMatch(/not a valid/);
    expect(parseReceivedAt("")).toBe("is required");
  });
});

describe("import rows", () => {
  const header = "type,channel,received_at,email,full_name,locale,residence";
  it("names unknown and missing columns in the header", () => {
    const { problems } = rowsOf(parseCsv("type,colour\naccess,red"));
    expect(problems).toContainEqual({ row: 0, column: "colour", reason: "is not a known column (see the template)" });
    expect(problems).toContainEqual({ row: 0, column: "email", reason: "is a required column" });
  });
  it("checks each row with the staff intake's rules and names the column", () => {
    const { rows, problems } = rowsOf(
      parseCsv(
        `${header}\naccess,phone,2026-11-02 09:30 Europe/Paris,a@example.com,Ann,en,FR\n` +
          `teleport,fax,2026-11-02 09:30 Europe/Paris,not-an-email,,de,XX\n` +
          `access,letter,2099-01-01T00:00Z,b@example.com,Bob,fr,FR\n`,
      ),
    );
    expect(problems).toEqual([]);
    expect(checkRow(rows[0]!, 1, staff, NOW)).toEqual([]);
    const bad = checkRow(rows[1]!, 2, staff, NOW);
    // The name is optional only for an opt-out, so with an unknown type it is checked once the type is known.
    expect(bad.map((p) => p.column).sort()).toEqual(["channel", "email", "locale", "residence", "type"]);
    expect(bad.find((p) => p.column === "email")!.reason).toBe("must be a valid e-mail address");
    const unnamed = rowsOf(parseCsv(`${header}\naccess,phone,2026-11-02 09:30 Europe/Paris,c@example.com,,en,FR\n`));
    expect(checkRow(unnamed.rows[0]!, 1, staff, NOW).map((p) => p.column)).toEqual(["full_name"]);
    expect(checkRow(rows[2]!, 3, staff, NOW)).toEqual([
      { row: 3, column: "received_at", reason: "cannot be in the future" },
    ]);
  });
});

describe("opt-outs in an import (issue 13)", () => {
  const header = "type,channel,received_at,email,full_name,locale,residence";
  it("takes a state's opt-out where its law grants it and names the residence where it does not", () => {
    const { rows } = rowsOf(
      parseCsv(
        `${header}\nopt_out_targeted_ads,phone,2026-11-02 09:30 America/New_York,v@example.com,,en,US-VA\n` +
          `opt_out_targeted_ads,phone,2026-11-02 09:30 Europe/Paris,f@example.com,,fr,FR\n` +
          `opt_out_sensitive,letter,2026-11-02 09:30 America/Denver,u@example.com,,en,US-UT\n` +
          `opt_out_sensitive,letter,2026-11-02 09:30 America/Denver,c@example.com,,en,US-CO\n`,
      ),
    );
    expect(checkRow(rows[0]!, 1, staff, NOW).filter((p) => p.column === "residence")).toEqual([]);
    expect(checkRow(rows[1]!, 2, staff, NOW)).toContainEqual({
      row: 2,
      column: "residence",
      reason: "this right is not offered under the law of this place of residence",
    });
    expect(checkRow(rows[2]!, 3, staff, NOW).filter((p) => p.column === "residence")).toEqual([]);
    expect(checkRow(rows[3]!, 4, staff, NOW).map((p) => p.column)).toContain("residence");
  });
});

describe("import limits and template", () => {
  it("refuses more than 5,000 rows in one file", () => {
    const header = "type,channel,received_at,email,full_name,locale";
    const line = "access,phone,2026-11-02 09:30 Europe/Paris,a@example.com,Ann,en";
    expect(IMPORT_MAX_ROWS).toBe(5000);
    expect(rowsOf(parseCsv([header, ...Array(5000).fill(line)].join("\n"))).problems).toEqual([]);
    expect(rowsOf(parseCsv([header, ...Array(5001).fill(line)].join("\n"))).problems).toEqual([
      { row: 0, column: "", reason: "the file has 5001 rows; at most 5000 per import" },
    ]);
  });
  it("offers a template whose example rows pass the checks", () => {
    const { rows, problems } = rowsOf(parseCsv(importTemplateCsv()));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    rows.forEach((r, i) => expect(checkRow(r, i + 1, staff, NOW)).toEqual([]));
  });
});
