import { describe, expect, it } from "vitest";
import { requestController, todayForRequest, todaysByTimeZone } from "./today-for-request";

const row = (jurisdiction: string, controllerCountry: string | null, controllerTimeZone: string | null) => ({
  jurisdiction,
  controllerCountry,
  controllerTimeZone,
});

describe("todayForRequest", () => {
  // 23:30 UTC on 10 March: already the 11th in Paris, still the 10th in London and California.
  const now = new Date("2026-03-10T23:30:00Z");

  it("is the date in the controller's zone, whatever the requester's residence", () => {
    expect(todayForRequest(now, row("US-CA", "FR", "Europe/Paris"))).toBe("2026-03-11");
    expect(todayForRequest(now, row("FR", "GB", "Europe/London"))).toBe("2026-03-10");
    expect(todayForRequest(now, row("DE", "US-CA", "America/Los_Angeles"))).toBe("2026-03-10");
  });

  it("counts a legacy row (no controller recorded) in its jurisdiction's own calendar", () => {
    expect(requestController(row("GB", null, null))).toEqual({ country: "GB", timeZone: "Europe/London" });
    expect(todayForRequest(now, row("FR", null, null))).toBe("2026-03-11");
  });

  it("counts in UTC for an unknown jurisdiction or zone", () => {
    expect(todayForRequest(now, row("XX", null, null))).toBe("2026-03-10");
    expect(todayForRequest(now, row("FR", "FR", "Mars/Olympus"))).toBe("2026-03-10");
  });
});

describe("todaysByTimeZone", () => {
  it("puts every zone in the group of its own today, the extra zone included", () => {
    const now = new Date("2026-03-10T23:30:00Z");
    const groups = todaysByTimeZone(now, ["Asia/Tokyo"]);
    for (const g of groups)
      for (const zone of g.timeZones) expect(todayForRequest(now, row("FR", "FR", zone))).toBe(g.today);
    expect(groups.map((g) => g.today).sort()).toEqual(["2026-03-10", "2026-03-11"]);
    expect(groups.flatMap((g) => g.timeZones)).toContain("Asia/Tokyo");
  });
});
