import { describe, expect, it } from "vitest";
import { closedBefore, parseRetentionByRegime, retentionGroups, withLegalMinimums } from "./retention-policy";

describe("retention policy", () => {
  it("counts months back on the calendar, clamping to the month's last day", () => {
    expect(closedBefore(new Date("2026-11-30T08:00:00Z"), 24).toISOString()).toBe("2024-11-30T08:00:00.000Z");
    expect(closedBefore(new Date("2026-03-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(closedBefore(new Date("2026-03-31T10:00:00Z"), 25).toISOString()).toBe("2024-02-29T10:00:00.000Z");
  });

  it("gives regimes with their own period a group, and every other regime the default", () => {
    const byRegime = parseRetentionByRegime("CCPA:24, GDPR:36");
    expect(byRegime).toEqual({ CCPA: 24, GDPR: 36 });
    const groups = retentionGroups({ defaultMonths: 12, byRegime }, new Date("2026-11-30T00:00:00Z"));
    expect(groups.map((g) => [g.months, g.regimes ?? null, g.exceptRegimes ?? null])).toEqual([
      [24, ["CCPA"], null],
      [36, ["GDPR"], null],
      [12, null, ["CCPA", "GDPR"]],
    ]);
  });

  it("never keeps CCPA or Colorado records less than the 24 months their law requires", () => {
    const policy = withLegalMinimums({ defaultMonths: 12, byRegime: { CCPA: 6, GDPR: 36 } });
    expect(policy.byRegime).toEqual({ CCPA: 24, US_CO: 24, GDPR: 36 });
    expect(withLegalMinimums({ defaultMonths: 36, byRegime: {} }).byRegime).toEqual({});
    expect(withLegalMinimums({ defaultMonths: 24, byRegime: { US_CO: 30 } }).byRegime).toEqual({ US_CO: 30 });
  });
});
