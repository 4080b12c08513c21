import { describe, expect, it } from "vitest";
import { isoInZone } from "./zoned-instant";

describe("isoInZone", () => {
  it("gives the wall-clock time in the zone with its offset, across a DST change", () => {
    expect(isoInZone(new Date("2026-11-30T09:15:42.900Z"), "Europe/Paris")).toBe("2026-11-30T10:15:42+01:00");
    expect(isoInZone(new Date("2026-07-01T22:30:00Z"), "Europe/Paris")).toBe("2026-07-02T00:30:00+02:00");
    expect(isoInZone(new Date("2026-03-08T10:00:00Z"), "America/Los_Angeles")).toBe("2026-03-08T03:00:00-07:00");
    expect(isoInZone(new Date("2026-01-15T12:00:00Z"), "Asia/Kolkata")).toBe("2026-01-15T17:30:00+05:30");
    expect(isoInZone(new Date("2026-01-15T12:00:00Z"), "UTC")).toBe("2026-01-15T12:00:00+00:00");
  });

  it("reads back as the same instant (to the second)", () => {
    const at = new Date("2026-10-25T00:59:59Z");
    expect(new Date(isoInZone(at, "Europe/London")).getTime()).toBe(at.getTime());
  });
});
