import { describe, expect, it } from "vitest";
import { todayForRequest, todaysByJurisdiction } from "./today-for-request";

describe("todayForRequest", () => {
  // 23:30 UTC on 10 March: already the 11th in Paris, still the 10th in London and California.
  const now = new Date("2026-03-10T23:30:00Z");

  it("is the date in the request's regime zone, not in UTC", () => {
    expect(todayForRequest(now, { jurisdiction: "FR" })).toBe("2026-03-11");
    expect(todayForRequest(now, { jurisdiction: "GB" })).toBe("2026-03-10");
    expect(todayForRequest(now, { jurisdiction: "US-CA" })).toBe("2026-03-10");
  });

  it("reads the jurisdiction like the deadline engine (case, spaces)", () => {
    expect(todayForRequest(now, { jurisdiction: " fr " })).toBe("2026-03-11");
  });

  it("counts in UTC for a jurisdiction outside the regime table", () => {
    expect(todayForRequest(now, { jurisdiction: "XX" })).toBe("2026-03-10");
  });
});

describe("todaysByJurisdiction", () => {
  it("puts every jurisdiction in the group of its own today", () => {
    const now = new Date("2026-03-10T23:30:00Z");
    const { groups, otherwise } = todaysByJurisdiction(now);
    for (const g of groups)
      for (const code of g.jurisdictions) expect(todayForRequest(now, { jurisdiction: code })).toBe(g.today);
    expect(groups.map((g) => g.today).sort()).toEqual(["2026-03-10", "2026-03-11"]);
    expect(otherwise).toBe("2026-03-10");
  });
});
