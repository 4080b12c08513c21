import { describe, expect, it } from "vitest";
import { computeDeadline } from "./index";

const at = (iso: string) => new Date(iso);

// UK GDPR Art. 12A as inserted by the Data (Use and Access) Act 2025, worded as DPA 2018 s. 54(3C): "the period
// beginning with the day on which the controller makes the request and ending with the day on which the
// controller receives the information does not count" — both days are out of the month, not their difference.
describe("UK GDPR Art. 12A clarification stop", () => {
  const receivedAt = at("2026-03-05T10:00:00Z");
  const asked = { from: at("2026-03-10T09:00:00Z"), to: at("2026-03-12T16:00:00Z") };

  it("leaves out the day the details are asked for and the day they arrive", () => {
    const result = computeDeadline({ jurisdiction: "GB", receivedAt, pauses: [asked] });
    // 10, 11 and 12 March: 3 days; 5 April + 3 = Wednesday 8 April (+ 2 would be Easter Monday → Tuesday 7 April).
    expect(result.pausedDays).toBe(3);
    expect(result.firstDueDate).toBe("2026-04-08");
    expect(result.extensionNoticeBy).toBe("2026-04-08");
    expect(result.explanation.en).toContain(
      "The clock was stopped from Tuesday 10 March 2026 to Thursday 12 March 2026: 3 days (both days included, UK GDPR Art. 12A).",
    );
    expect(result.explanation.fr.join(" ")).toContain("3 jours (les deux jours inclus, article 12A du UK GDPR)");
  });

  it("counts a same-day answer as one day, a shared day once, and a running stop up to today", () => {
    const sameDay = { from: at("2026-03-10T09:00:00Z"), to: at("2026-03-10T15:00:00Z") };
    expect(computeDeadline({ jurisdiction: "GB", receivedAt, pauses: [sameDay] }).pausedDays).toBe(1);
    // 10-12 and 12-13 March are 10-13 March: 4 days.
    const next = { from: at("2026-03-12T18:00:00Z"), to: at("2026-03-13T09:00:00Z") };
    expect(computeDeadline({ jurisdiction: "GB", receivedAt, pauses: [asked, next] }).pausedDays).toBe(4);
    const open = { from: at("2026-03-10T09:00:00Z"), to: null };
    expect(
      computeDeadline({ jurisdiction: "GB", receivedAt, pauses: [open], asOf: at("2026-03-11T12:00:00Z") }).pausedDays,
    ).toBe(2);
  });

  it("EU GDPR keeps the product rule: the calendar days between the stop and the restart", () => {
    const result = computeDeadline({
      jurisdiction: "FR",
      receivedAt: at("2026-03-02T10:00:00+01:00"),
      pauses: [{ from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-12T16:00:00+01:00") }],
    });
    expect(result.pausedDays).toBe(2);
  });
});

// Art. 12A: "the period of one month beginning with the relevant time"; the ICO: "calculate the time limit from the
// day you receive the request ... until the corresponding calendar date in the next month". The day of receipt is
// the first day of the UK month, not a day left out as under Regulation 1182/71.
describe("UK GDPR: the month begins on the day of receipt", () => {
  it("says so instead of 'the day of receipt is not counted', and still ends on the corresponding date", () => {
    const result = computeDeadline({ jurisdiction: "GB", receivedAt: at("2026-09-03T10:00:00+01:00") });
    expect(result.firstDueDate).toBe("2026-10-05"); // 3 October 2026 is a Saturday
    expect(result.explanation.en[0]).toBe(
      "Received on Thursday 3 September 2026 (Europe/London). Under the UK GDPR the month begins on the day of receipt and ends on the corresponding date of the next month (Art. 12A; ICO guidance).",
    );
    expect(result.explanation.fr[0]).toContain("le mois commence le jour de la réception");
    expect(result.explanation.en.join(" ")).not.toContain("The day of receipt is not counted");
    // EU GDPR (Regulation 1182/71 art. 3(1)) keeps its own rule.
    const eu = computeDeadline({ jurisdiction: "FR", receivedAt: at("2026-09-03T10:00:00+02:00") });
    expect(eu.explanation.en[0]).toContain("The day of receipt is not counted.");
  });
});

// Art. 12A, as DPA 2018 s. 54(3C), stops the clock for "further information in order to identify the information
// or processing activities to which a request under Article 15 relates": access only. A UK erasure's month runs on.
describe("UK GDPR: the clarification stop is for access requests only", () => {
  const receivedAt = at("2026-03-05T10:00:00Z");
  const asked = { from: at("2026-03-10T09:00:00Z"), to: at("2026-03-12T16:00:00Z") };

  it("stops an access request's clock, not an erasure's or a portability's", () => {
    const access = computeDeadline({ jurisdiction: "GB", receivedAt, pauses: [asked], requestType: "access" });
    expect(access).toMatchObject({ clockStopAllowed: true, pausedDays: 3, firstDueDate: "2026-04-08" });
    for (const requestType of ["erasure", "portability", "rectification"]) {
      const other = computeDeadline({ jurisdiction: "GB", receivedAt, pauses: [asked], requestType });
      // 5 April 2026 is Easter Sunday, 6 April Easter Monday: the month ends Tuesday 7 April, no days added.
      expect(other).toMatchObject({ clockStopAllowed: false, pausedDays: 0, firstDueDate: "2026-04-07" });
      expect(other.explanation.en.join(" ")).toContain("access request only (Art. 12A)");
      expect(other.explanation.fr.join(" ")).toContain("demande d’accès (art. 12A)");
    }
  });

  it("is the EU rule too: EDPB 01/2022 § 159 pauses an access request only (QA F28)", () => {
    const euFor = (requestType: string) =>
      computeDeadline({
        jurisdiction: "FR",
        receivedAt: at("2026-03-02T10:00:00+01:00"),
        pauses: [{ from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-12T16:00:00+01:00") }],
        requestType,
      });
    expect(euFor("access")).toMatchObject({ clockStopAllowed: true, pausedDays: 2 });
    // An erasure's question to the person stops nothing: due 2 April, one month from receipt, as without it.
    expect(euFor("erasure")).toMatchObject({ clockStopAllowed: false, pausedDays: 0, dueDate: "2026-04-02" });
    const why = euFor("erasure").explanation.en.join(" ");
    expect(why).toContain("Recital 63; EDPB Guidelines 01/2022 § 159");
    expect(why).not.toContain("Art. 12A");
  });
});
