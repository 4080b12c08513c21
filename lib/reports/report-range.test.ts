import { describe, expect, it } from "vitest";
import { resolveRange } from "./report-range";

/**
 * The reports count the controller's calendar days (issue 17: "reports in the controller's time zone";
 * CCPA § 7102 metrics are per calendar year, § 7101 records by date): a request received at 00:30 on
 * 1 January in Paris (23:30 UTC on 31 December) belongs to the new year, not the old one.
 */
describe("resolveRange in the controller's time zone", () => {
  const paris = "Europe/Paris";

  it("a year runs from local midnight on 1 January to local midnight on the next 1 January", () => {
    const r = resolveRange({ year: 2026 }, new Date("2026-06-01T12:00:00Z"), paris);
    expect(r.yearFrom.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(r.yearTo.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("the register's days are local days, the 'to' day included (summer time too)", () => {
    const r = resolveRange({ from: "2026-03-01", to: "2026-06-30" }, new Date("2026-07-01T12:00:00Z"), paris);
    expect(r.fromDate.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(r.toDate.toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("defaults: this year and today as the controller sees them, not as UTC does", () => {
    // 23:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Paris.
    const r = resolveRange({}, new Date("2026-12-31T23:30:00Z"), paris);
    expect(r.year).toBe(2027);
    expect(r.from).toBe("2027-01-01");
    expect(r.to).toBe("2027-01-01");
    // Los Angeles is still on 31 December 2026.
    const la = resolveRange({}, new Date("2027-01-01T03:00:00Z"), "America/Los_Angeles");
    expect(la.year).toBe(2026);
    expect(la.to).toBe("2026-12-31");
    expect(la.yearTo.toISOString()).toBe("2027-01-01T08:00:00.000Z");
  });
});
