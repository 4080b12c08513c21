import { describe, expect, it } from "vitest";
import { instantOfWallTime } from "./local-date";

const iso = (value: string, zone: string) => instantOfWallTime(value, zone)?.toISOString() ?? null;

describe("instantOfWallTime: a datetime-local value read in the controller's zone", () => {
  it("reads the time in the zone, not the machine's", () => {
    expect(iso("2026-01-05T09:30", "Europe/Paris")).toBe("2026-01-05T08:30:00.000Z");
    expect(iso("2026-07-05T09:30", "Europe/Paris")).toBe("2026-07-05T07:30:00.000Z");
    expect(iso("2026-07-05T09:30", "America/Los_Angeles")).toBe("2026-07-05T16:30:00.000Z");
    expect(iso("2026-01-05T23:59", "Asia/Tokyo")).toBe("2026-01-05T14:59:00.000Z");
    expect(iso("2026-01-05T00:00", "UTC")).toBe("2026-01-05T00:00:00.000Z");
    expect(iso("2026-01-05T09:30:15", "Europe/Paris")).toBe("2026-01-05T08:30:15.000Z");
  });

  it("a time skipped by the spring clock change is read with the earlier offset (moves forward)", () => {
    // Paris, 29 March 2026: 02:00 becomes 03:00.
    expect(iso("2026-03-29T02:30", "Europe/Paris")).toBe("2026-03-29T01:30:00.000Z");
    expect(iso("2026-03-29T03:30", "Europe/Paris")).toBe("2026-03-29T01:30:00.000Z");
    expect(iso("2026-03-29T01:30", "Europe/Paris")).toBe("2026-03-29T00:30:00.000Z");
  });

  it("a time that happens twice in autumn is its first occurrence", () => {
    // Paris, 25 October 2026: 03:00 becomes 02:00; 02:30 happens at 00:30Z and 01:30Z.
    expect(iso("2026-10-25T02:30", "Europe/Paris")).toBe("2026-10-25T00:30:00.000Z");
    expect(iso("2026-10-25T03:30", "Europe/Paris")).toBe("2026-10-25T02:30:00.000Z");
  });

  it("refuses what is not a wall-clock time", () => {
    for (const bad of ["", "2026-02-30T10:00", "2026-01-05", "2026-01-05T24:00", "2026-01-05T09:30Z", "x"])
      expect(iso(bad, "Europe/Paris"), bad).toBeNull();
  });
});
