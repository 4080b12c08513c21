import { describe, expect, it } from "vitest";
import { computeDeadline, localDateOf, localToday } from "@/lib/domain/deadline";
import { intakeDeadline } from "./intake-deadline";

const base = { jurisdiction: "FR", controller: "FR", timeZone: "Europe/Paris", requestType: "access" as const };

describe("intakeDeadline", () => {
  it("answers what computeDeadline answers, across local midnight and for a clock started by identity", () => {
    // 22:59:30 and 23:00:30 UTC on 31 Dec: the second is already 1 January in Paris.
    for (const iso of [
      "2026-12-31T22:59:30Z",
      "2026-12-31T23:00:30Z",
      "2027-03-28T00:59:59Z",
      "2027-03-28T01:00:00Z",
    ]) {
      const receivedAt = new Date(iso);
      expect(intakeDeadline({ ...base, receivedAt })).toEqual(computeDeadline({ ...base, receivedAt }));
      const uk = { ...base, jurisdiction: "GB", controller: "GB", timeZone: "Europe/London", receivedAt };
      const identityReceivedAt = new Date(receivedAt.getTime() + 3 * 86_400_000);
      expect(intakeDeadline({ ...uk, identityReceivedAt })).toEqual(computeDeadline({ ...uk, identityReceivedAt }));
    }
  });

  it("gives each question its own answer: type, residence and minute are part of it", () => {
    const receivedAt = new Date("2026-12-01T10:00:00Z");
    const access = intakeDeadline({ ...base, receivedAt });
    expect(intakeDeadline({ ...base, receivedAt: new Date("2026-12-01T10:00:59Z") })).toBe(access);
    expect(intakeDeadline({ ...base, requestType: "erasure", receivedAt })).toEqual(
      computeDeadline({ ...base, requestType: "erasure", receivedAt }),
    );
    const later = new Date("2026-12-02T10:00:00Z");
    expect(intakeDeadline({ ...base, receivedAt: later }).receivedDate).toBe("2026-12-02");
    expect(Object.isFrozen(access)).toBe(true);
  });
});

describe("localToday", () => {
  it("is the local date in the zone at that instant", () => {
    for (const iso of ["2026-12-31T22:59:59Z", "2026-12-31T23:00:00Z"])
      for (const zone of ["Europe/Paris", "America/Los_Angeles", "Asia/Kathmandu"])
        expect(localToday(new Date(iso), zone)).toBe(localDateOf(new Date(iso), zone));
  });
});
