import { describe, expect, it } from "vitest";
import { parseInstantOrLocalDate } from "./instant-text";
import { localDateOf } from "./local-date";

describe("parseInstantOrLocalDate", () => {
  it("accepts instants with an offset or Z", () => {
    expect(parseInstantOrLocalDate("2025-06-13T10:00:00+02:00", "Europe/Paris")?.toISOString()).toBe(
      "2025-06-13T08:00:00.000Z",
    );
    expect(parseInstantOrLocalDate("2025-03-30T22:30:00Z", "Europe/Paris")?.toISOString()).toBe(
      "2025-03-30T22:30:00.000Z",
    );
  });

  it("reads a bare date as that calendar day in the zone", () => {
    const instant = parseInstantOrLocalDate("2025-06-13", "America/Los_Angeles");
    expect(instant && localDateOf(instant, "America/Los_Angeles")).toBe("2025-06-13");
  });

  it("refuses instants without offset, impossible dates and garbage", () => {
    expect(parseInstantOrLocalDate("2025-06-13T10:00:00", "Europe/Paris")).toBeNull();
    expect(parseInstantOrLocalDate("2025-02-30T10:00:00Z", "Europe/Paris")).toBeNull();
    expect(parseInstantOrLocalDate("2025-02-30", "Europe/Paris")).toBeNull();
    expect(parseInstantOrLocalDate("yesterday", "Europe/Paris")).toBeNull();
  });
});
