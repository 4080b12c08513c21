import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, isSupportedJurisdiction, listJurisdictions } from "./index";

const at = (iso: string) => new Date(iso);

describe("GDPR one-month rule (worked examples)", () => {
  it("FR 13 June 2025: Sunday 13 July, Bastille Day 14 July → Tuesday 15 July", () => {
    const result = computeDeadline({ jurisdiction: "FR", receivedAt: at("2025-06-13T10:00:00+02:00") });
    expect(result).toMatchObject({
      regime: "GDPR",
      timeZone: "Europe/Paris",
      receivedDate: "2025-06-13",
      firstDueDate: "2025-07-15",
      extendedDueDate: "2025-09-15", // 13 Sep 2025 is a Saturday
      dueDate: "2025-07-15",
      extensionNoticeBy: "2025-07-15",
      acknowledgeBy: null,
      clockStopAllowed: true,
      pausedDays: 0,
    });
    expect(result.explanation.en[0]).toBe(
      "Received on Friday 13 June 2025 (Europe/Paris). The day of receipt is not counted.",
    );
    expect(result.explanation.en[1]).toBe("Public holidays are those of FR, where the controller is established.");
    expect(result.explanation.en[2]).toBe("One month later is Sunday 13 July 2025.");
    expect(result.explanation.en[3]).toMatch(
      /^13 July 2025 is a Sunday; 14 July 2025 is a public holiday \(.+\); the deadline moves to the next working day: Tuesday 15 July 2025\.$/,
    );
    expect(result.explanation.fr[0]).toBe(
      "Reçue le vendredi 13 juin 2025 (Europe/Paris). Le jour de réception n'est pas compté.",
    );
    expect(result.explanation.fr[3]).toMatch(
      /^Le 13 juillet 2025 est un dimanche ; le 14 juillet 2025 est un jour férié \(.+\) ; .*mardi 15 juillet 2025\.$/,
    );
  });

  it("FR 31 January 2025 → 28 February 2025 (last day of the month, never 3 March)", () => {
    const result = computeDeadline({ jurisdiction: "FR", receivedAt: at("2025-01-31T09:00:00+01:00") });
    expect(result.firstDueDate).toBe("2025-02-28");
    expect(result.extendedDueDate).toBe("2025-04-30");
    expect(result.explanation.en.join(" ")).toContain("last day of the month, Friday 28 February 2025");
  });

  it("FR 31 January 2024 → 29 February 2024 (leap year)", () => {
    expect(computeDeadline({ jurisdiction: "FR", receivedAt: at("2024-01-31T12:00:00+01:00") }).firstDueDate).toBe(
      "2024-02-29",
    );
  });

  it("uses the local date in the controller's zone: 2025-03-30T22:30Z is 31 March in Paris", () => {
    const result = computeDeadline({ jurisdiction: "FR", receivedAt: at("2025-03-30T22:30:00Z") });
    expect(result.receivedDate).toBe("2025-03-31");
    expect(result.firstDueDate).toBe("2025-04-30");
    expect(result.extendedDueDate).toBe("2025-06-30");
  });

  it("honours a time-zone override", () => {
    const result = computeDeadline({
      jurisdiction: "FR",
      receivedAt: at("2025-03-31T02:00:00Z"),
      timeZone: "America/New_York",
    });
    expect(result.receivedDate).toBe("2025-03-30");
    expect(result.firstDueDate).toBe("2025-04-30");
    expect(() => computeDeadline({ jurisdiction: "FR", receivedAt: new Date(), timeZone: "Mars/Olympus" })).toThrow(
      DeadlineInputError,
    );
  });

  it("DE Christmas: 25 Nov 2025 → 25 Dec (holiday), 26 Dec (holiday), weekend → Monday 29 Dec", () => {
    expect(computeDeadline({ jurisdiction: "DE", receivedAt: at("2025-11-25T12:00:00+01:00") }).firstDueDate).toBe(
      "2025-12-29",
    );
  });

  it("DE Easter: 18 Mar 2025 → Good Friday 18 Apr, weekend, Easter Monday → Tuesday 22 Apr", () => {
    expect(computeDeadline({ jurisdiction: "DE", receivedAt: at("2025-03-18T12:00:00+01:00") }).firstDueDate).toBe(
      "2025-04-22",
    );
  });

  it("IT 8 Nov 2025 → 8 Dec (Immaculate Conception) → 9 Dec", () => {
    expect(computeDeadline({ jurisdiction: "IT", receivedAt: at("2025-11-08T12:00:00+01:00") }).firstDueDate).toBe(
      "2025-12-09",
    );
  });

  it("accepts lower-case codes", () => {
    expect(computeDeadline({ jurisdiction: "fr", receivedAt: at("2025-06-13T10:00:00+02:00") }).jurisdiction).toBe(
      "FR",
    );
  });
});

describe("UK GDPR (England & Wales bank holidays)", () => {
  it("26 Apr 2025 → Spring bank holiday 26 May → 27 May", () => {
    const result = computeDeadline({ jurisdiction: "GB", receivedAt: at("2025-04-26T12:00:00+01:00") });
    expect(result).toMatchObject({
      regime: "UK_GDPR",
      timeZone: "Europe/London",
      firstDueDate: "2025-05-27",
      extendedDueDate: "2025-07-28",
    });
  });

  it("25 Nov 2026 → Christmas Friday, weekend, Boxing Day substitute Monday → Tuesday 29 Dec", () => {
    expect(computeDeadline({ jurisdiction: "GB", receivedAt: at("2026-11-25T12:00:00Z") }).firstDueDate).toBe(
      "2026-12-29",
    );
  });
});

describe("clock stops", () => {
  const receivedAt = at("2025-06-13T10:00:00+02:00");

  it("FR pause 20→25 June adds 5 days to the raw month end, then rolls: 13 July + 5 = Friday 18 July", () => {
    const result = computeDeadline({
      jurisdiction: "FR",
      receivedAt,
      pauses: [{ from: at("2025-06-20T09:00:00+02:00"), to: at("2025-06-25T17:00:00+02:00") }],
    });
    expect(result.pausedDays).toBe(5);
    expect(result.firstDueDate).toBe("2025-07-18");
    expect(result.extendedDueDate).toBe("2025-09-18");
    expect(result.explanation.en).toContain("Adding the 5 days of clock stop gives Friday 18 July 2025.");
  });

  it("re-applies the working-day rule after the pause: 13 July + 1 = Bastille Day → 15 July", () => {
    const result = computeDeadline({
      jurisdiction: "FR",
      receivedAt,
      pauses: [{ from: at("2025-06-20T09:00:00+02:00"), to: at("2025-06-21T09:00:00+02:00") }],
    });
    expect(result.firstDueDate).toBe("2025-07-15");
  });

  it("counts a still-running pause up to asOf", () => {
    const result = computeDeadline({
      jurisdiction: "FR",
      receivedAt,
      pauses: [{ from: at("2025-06-20T09:00:00+02:00"), to: null }],
      asOf: at("2025-06-24T12:00:00Z"),
    });
    expect(result.pausedDays).toBe(4);
    expect(result.firstDueDate).toBe("2025-07-17");
  });

  it("does not count overlapping pause days twice", () => {
    const result = computeDeadline({
      jurisdiction: "FR",
      receivedAt,
      pauses: [
        { from: at("2025-06-23T09:00:00+02:00"), to: at("2025-06-27T09:00:00+02:00") },
        { from: at("2025-06-20T09:00:00+02:00"), to: at("2025-06-25T09:00:00+02:00") },
      ],
    });
    expect(result.pausedDays).toBe(7);
  });

  it("rejects pauses that end before they start or start before receipt", () => {
    const reversed = () =>
      computeDeadline({
        jurisdiction: "FR",
        receivedAt,
        pauses: [{ from: at("2025-06-25T00:00:00Z"), to: at("2025-06-20T00:00:00Z") }],
      });
    const early = () =>
      computeDeadline({
        jurisdiction: "FR",
        receivedAt,
        pauses: [{ from: at("2025-06-01T00:00:00Z"), to: at("2025-06-20T00:00:00Z") }],
      });
    for (const call of [reversed, early]) {
      expect(call).toThrow(DeadlineInputError);
      try {
        call();
      } catch (error) {
        expect((error as DeadlineInputError).field).toBe("pauses");
      }
    }
  });

  it("ignores pauses where the regime has no clock stop, and says so", () => {
    const result = computeDeadline({
      jurisdiction: "US-CA",
      receivedAt: at("2025-06-13T10:00:00-07:00"),
      pauses: [{ from: at("2025-06-20T10:00:00-07:00"), to: at("2025-06-25T10:00:00-07:00") }],
    });
    expect(result.pausedDays).toBe(0);
    expect(result.firstDueDate).toBe("2025-07-28");
    expect(result.explanation.en.join(" ")).toContain("pauses are ignored");
    expect(result.explanation.fr.join(" ")).toContain("suspensions enregistrées sont ignorées");
  });
});

describe("other regimes", () => {
  it("US-CA: 45 / 90 calendar days without roll-forward, acknowledgement in 10 California business days", () => {
    const result = computeDeadline({ jurisdiction: "US-CA", receivedAt: at("2025-06-14T05:00:00Z"), extended: true });
    expect(result).toMatchObject({
      regime: "CCPA",
      timeZone: "America/Los_Angeles",
      receivedDate: "2025-06-13", // 22:00 on 13 June in Los Angeles
      firstDueDate: "2025-07-28",
      extendedDueDate: "2025-09-11",
      dueDate: "2025-09-11",
      extensionNoticeBy: "2025-07-28",
      acknowledgeBy: "2025-06-30", // Juneteenth (Thursday 19 June) is a California state holiday
      clockStopAllowed: false,
    });
  });

  it("US-CA: Independence Day is excluded from the acknowledgement count; a Saturday due date stays", () => {
    const result = computeDeadline({ jurisdiction: "US-CA", receivedAt: at("2025-06-30T12:00:00-07:00") });
    expect(result.acknowledgeBy).toBe("2025-07-15");
    const saturday = computeDeadline({ jurisdiction: "US-CA", receivedAt: at("2025-01-04T12:00:00-08:00") });
    expect(saturday.firstDueDate).toBe("2025-02-18");
    expect(computeDeadline({ jurisdiction: "US-CA", receivedAt: at("2025-01-31T12:00:00-08:00") }).firstDueDate).toBe(
      "2025-03-17",
    );
  });

  it("BR: 15 calendar days, no roll-forward, no extension", () => {
    const result = computeDeadline({ jurisdiction: "BR", receivedAt: at("2025-06-13T12:00:00-03:00") });
    expect(result).toMatchObject({
      regime: "LGPD",
      firstDueDate: "2025-06-28",
      extendedDueDate: null,
      extensionNoticeBy: null,
    });
    expect(result.explanation.en.join(" ")).toContain("product decision");
    expect(() => computeDeadline({ jurisdiction: "BR", receivedAt: new Date(), extended: true })).toThrow(
      DeadlineInputError,
    );
  });

  it("CA: 30 days (Sunday kept), extension to 60 days from receipt", () => {
    const result = computeDeadline({ jurisdiction: "CA", receivedAt: at("2025-06-13T12:00:00-04:00"), extended: true });
    expect(result).toMatchObject({
      regime: "PIPEDA",
      firstDueDate: "2025-07-13",
      extendedDueDate: "2025-08-12",
      dueDate: "2025-08-12",
    });
  });

  it("CH: 30 days, no extended date; extended requests are refused", () => {
    const result = computeDeadline({ jurisdiction: "CH", receivedAt: at("2025-06-13T12:00:00+02:00") });
    expect(result).toMatchObject({
      regime: "NFADP",
      timeZone: "Europe/Zurich",
      firstDueDate: "2025-07-13",
      extendedDueDate: null,
    });
    expect(result.explanation.en.join(" ")).toContain("new date");
    try {
      computeDeadline({ jurisdiction: "CH", receivedAt: new Date(), extended: true });
      expect.fail("should throw");
    } catch (error) {
      expect((error as DeadlineInputError).field).toBe("extended");
    }
  });
});

describe("jurisdiction catalogue", () => {
  it("covers EU-27, EEA, GB, US-CA, the 18 other US states with a privacy law, BR, CA, CH", () => {
    const codes = listJurisdictions().map((j) => j.code);
    expect(codes).toHaveLength(27 + 3 + 5 + 18);
    expect(isSupportedJurisdiction("GR")).toBe(true);
    expect(isSupportedJurisdiction("NO")).toBe(true);
    expect(isSupportedJurisdiction("US")).toBe(false);
    expect(listJurisdictions().find((j) => j.code === "GB")).toEqual({
      code: "GB",
      regime: "UK_GDPR",
      timeZone: "Europe/London",
    });
  });

  it("rejects unknown jurisdictions with field 'jurisdiction'", () => {
    try {
      computeDeadline({ jurisdiction: "XX", receivedAt: new Date() });
      expect.fail("should throw");
    } catch (error) {
      expect(error).toBeInstanceOf(DeadlineInputError);
      expect((error as DeadlineInputError).field).toBe("jurisdiction");
    }
  });

  it("rejects an invalid receivedAt", () => {
    expect(() => computeDeadline({ jurisdiction: "FR", receivedAt: new Date("nope") })).toThrow(DeadlineInputError);
  });
});
