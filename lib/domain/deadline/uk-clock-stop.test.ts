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
