import { describe, expect, it } from "vitest";
import { californiaHolidayNames } from "./california-holidays";
import { computeDeadline, DeadlineInputError } from "./index";

const at = (iso: string) => new Date(iso);

describe("the regime follows the requester, the calendar the controller", () => {
  it("DE resident, FR controller, 2025-09-03 → 2025-10-03 (3 October is a German holiday, not a French one)", () => {
    const result = computeDeadline({
      jurisdiction: "DE",
      controller: "FR",
      receivedAt: at("2025-09-03T10:00:00+02:00"),
    });
    expect(result).toMatchObject({
      regime: "GDPR",
      jurisdiction: "DE",
      controller: "FR",
      timeZone: "Europe/Paris",
      holidayCalendar: "FR",
      dueDate: "2025-10-03",
    });
    // The CLI's historical meaning (J = law and calendar) still gives the German date.
    expect(computeDeadline({ jurisdiction: "DE", receivedAt: at("2025-09-03T10:00:00+02:00") }).dueDate).toBe(
      "2025-10-06",
    );
  });

  it("FR resident, FR controller: 2025-04-08 → Thursday 8 May (Victoire 1945) → Friday 9 May", () => {
    const result = computeDeadline({
      jurisdiction: "FR",
      controller: "FR",
      receivedAt: at("2025-04-08T10:00:00+02:00"),
    });
    expect(result.dueDate).toBe("2025-05-09");
    expect(result.explanation.en.join(" ")).toMatch(/8 May 2025 is a public holiday/);
  });

  it("a French holiday does not move a German controller's deadline: FR resident, DE controller, 2025-04-08 → 8 May", () => {
    expect(
      computeDeadline({ jurisdiction: "FR", controller: "DE", receivedAt: at("2025-04-08T10:00:00+02:00") }).dueDate,
    ).toBe("2025-05-08");
  });

  it("the receipt date is the controller's local date: 23:30 in California on 2 Sep is 3 Sep in Paris", () => {
    const result = computeDeadline({
      jurisdiction: "US-CA",
      controller: "FR",
      receivedAt: at("2025-09-02T23:30:00-07:00"),
    });
    expect(result).toMatchObject({ receivedDate: "2025-09-03", timeZone: "Europe/Paris", firstDueDate: "2025-10-18" });
  });

  it("31 January → 28 February, 29 in a leap year, in the controller's calendar (DE resident, FR controller)", () => {
    const base = { jurisdiction: "DE", controller: "FR" };
    expect(computeDeadline({ ...base, receivedAt: at("2025-01-31T12:00:00+01:00") }).firstDueDate).toBe("2025-02-28");
    expect(computeDeadline({ ...base, receivedAt: at("2024-01-31T12:00:00+01:00") }).firstDueDate).toBe("2024-02-29");
  });

  it("UK GDPR counts England & Wales bank holidays even for a French controller (26 Apr 2025 → 27 May)", () => {
    const result = computeDeadline({
      jurisdiction: "GB",
      controller: "FR",
      receivedAt: at("2025-04-26T12:00:00+02:00"),
    });
    expect(result).toMatchObject({ regime: "UK_GDPR", holidayCalendar: "GB", timeZone: "Europe/Paris" });
    expect(result.firstDueDate).toBe("2025-05-27");
    expect(result.explanation.en.join(" ")).toContain("not those of the controller's country (FR) (product decision)");
  });

  it("GDPR with a controller outside the EU counts the resident's member state holidays", () => {
    const result = computeDeadline({
      jurisdiction: "DE",
      controller: "US-CA",
      receivedAt: at("2025-09-03T10:00:00+02:00"),
    });
    expect(result).toMatchObject({ holidayCalendar: "DE", timeZone: "America/Los_Angeles", dueDate: "2025-10-06" });
  });

  it("CCPA with a French controller: 45 calendar days, no roll-forward, no French holidays", () => {
    // Received Friday 2025-03-28 in Paris: day 45 is Monday 12 May; for 2025-09-30 day 45 is Friday 14 Nov
    // and 11 November (a French holiday) changes nothing.
    const result = computeDeadline({
      jurisdiction: "US-CA",
      controller: "FR",
      receivedAt: at("2025-09-30T10:00:00+02:00"),
    });
    expect(result).toMatchObject({ regime: "CCPA", holidayCalendar: null, firstDueDate: "2025-11-14" });
    const saturday = computeDeadline({
      jurisdiction: "US-CA",
      controller: "FR",
      receivedAt: at("2025-06-14T10:00:00+02:00"),
    });
    expect(saturday.firstDueDate).toBe("2025-07-29");
    const sunday = computeDeadline({
      jurisdiction: "US-CA",
      controller: "FR",
      receivedAt: at("2025-05-28T10:00:00+02:00"),
    });
    expect(sunday.firstDueDate).toBe("2025-07-12"); // a Saturday: stays
    expect(sunday.explanation.en.join(" ")).toContain(
      "does not move when it ends on a weekend or holiday (product decision)",
    );
  });

  it("LGPD, PIPEDA, nFADP with a French controller count calendar days in Paris", () => {
    const receivedAt = at("2025-06-13T12:00:00+02:00");
    expect(computeDeadline({ jurisdiction: "BR", controller: "FR", receivedAt }).firstDueDate).toBe("2025-06-28");
    expect(computeDeadline({ jurisdiction: "CA", controller: "FR", receivedAt, extended: true }).dueDate).toBe(
      "2025-08-12",
    );
    expect(computeDeadline({ jurisdiction: "CH", controller: "FR", receivedAt }).firstDueDate).toBe("2025-07-13");
  });

  it("rejects an unknown controller with field 'controller'", () => {
    try {
      computeDeadline({ jurisdiction: "FR", controller: "XX", receivedAt: new Date() });
      expect.fail("should throw");
    } catch (error) {
      expect((error as DeadlineInputError).field).toBe("controller");
    }
  });
});

describe("CCPA acknowledgement in California business days (11 CCR § 7021(a), Gov. Code § 6700)", () => {
  it("Wednesday 2025-11-26: Thanksgiving is skipped, the day after is a business day → Thursday 2025-12-11", () => {
    const result = computeDeadline({ jurisdiction: "US-CA", receivedAt: at("2025-11-26T12:00:00-08:00") });
    expect(result.acknowledgeBy).toBe("2025-12-11");
    expect(result.explanation.en.join(" ")).toContain("not California state holidays (Cal. Gov. Code § 6700)");
    expect(result.explanation.en.join(" ")).toMatch(
      /Skipped: 27 November 2025 is a public holiday \(Thanksgiving Day\)/,
    );
    expect(result.explanation.fr.join(" ")).toContain("hors jours fériés de l'État de Californie");
  });

  it("skips Admission Day, Native American Day and Columbus Day, which date-holidays' US-CA set lacks", () => {
    // Received Monday 2025-09-01 (Labor Day itself, not counted): 9 Sep (Admission Day) and 26 Sep
    // (Native American Day) are skipped → Tuesday 16 Sep.
    expect(computeDeadline({ jurisdiction: "US-CA", receivedAt: at("2025-09-01T12:00:00-07:00") }).acknowledgeBy).toBe(
      "2025-09-16",
    );
    expect(californiaHolidayNames("2025-09-26")?.en).toBe("Native American Day");
    expect(californiaHolidayNames("2025-10-13")?.en).toBe("Columbus Day");
    expect(californiaHolidayNames("2025-02-12")?.en).toBe("Lincoln Day");
    expect(californiaHolidayNames("2025-01-29")?.en).toBe("Lunar New Year");
  });

  it("applies § 6701: a Sunday holiday moves to Monday, Veterans Day on a Saturday to Friday; no other Saturday shift", () => {
    expect(californiaHolidayNames("2023-01-02")?.en).toBe("New Year's Day"); // 1 Jan 2023 was a Sunday
    expect(californiaHolidayNames("2023-11-10")?.en).toBe("Veterans Day"); // 11 Nov 2023 was a Saturday
    expect(californiaHolidayNames("2026-07-03")).toBeNull(); // 4 Jul 2026 is a Saturday: § 6701 moves nothing
    expect(californiaHolidayNames("2025-11-28")).toBeNull(); // day after Thanksgiving: not a § 6700 holiday
    expect(californiaHolidayNames("2025-04-18")).toBeNull(); // Good Friday: noon to 3 p.m. only
  });

  it("counts California business days whoever the controller is", () => {
    expect(
      computeDeadline({ jurisdiction: "US-CA", controller: "FR", receivedAt: at("2025-11-26T12:00:00+01:00") })
        .acknowledgeBy,
    ).toBe("2025-12-11");
  });
});
