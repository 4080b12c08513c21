import { describe, expect, it } from "vitest";
import { US_STATE_CODES, US_STATE_LAWS } from "../us-states";
import { addDays } from "./local-date";
import { computeDeadline } from "./index";

/*
 * The refusal limit: how long a controller has to tell the person it will not act, and why. GDPR / UK GDPR
 * Art. 12(4) ("at the latest within one month of receipt of the request") and the US state laws (Utah Code
 * § 13-61-203(3), Tex. Bus. & Com. Code § 541.052(c), Va. Code § 59.1-577(B)(2), N.J.S.A. 56:8-166.7(c): 45 days
 * after receipt) set it apart from the response deadline, and only the response deadline can be extended. The
 * CCPA (11 CCR §§ 7021-7024), PIPEDA (s. 8(7)), the LGPD (art. 18 § 4) and the nFADP (art. 18(3) OPDo) make
 * the refusal the response itself: due by the deadline, extension included.
 */

const at = (iso: string) => new Date(iso);

describe("refusal limit, GDPR and UK GDPR (Art. 12(4))", () => {
  it("FR, extended: the refusal is still due one month from receipt (rolled past Bastille Day), not at three months", () => {
    const r = computeDeadline({ jurisdiction: "FR", receivedAt: at("2025-06-13T10:00:00+02:00"), extended: true });
    expect(r.dueDate).toBe("2025-09-15");
    expect(r.refusalDueDate).toBe("2025-07-15");
    expect(r.refusalCite).toEqual({ en: "Art. 12(4) GDPR", fr: "article 12, paragraphe 4, du RGPD" });
    expect(r.explanation.en).toContain(
      "If we do not act on the request, the refusal and its reasons must be sent to the requester by Tuesday 15 July 2025: one month from receipt (Art. 12(4) GDPR). The extension does not move this limit.",
    );
    expect(r.explanation.fr).toContain(
      "Si nous ne donnons pas suite à la demande, le refus et ses motifs doivent être envoyés à la personne concernée au plus tard le mardi 15 juillet 2025 : un mois après la réception (article 12, paragraphe 4, du RGPD). La prolongation ne repousse pas cette limite.",
    );
  });

  it("FR, not extended: the same date as the deadline, and the explanation says an extension would not move it", () => {
    const r = computeDeadline({ jurisdiction: "FR", receivedAt: at("2025-06-13T10:00:00+02:00") });
    expect(r.refusalDueDate).toBe("2025-07-15");
    expect(r.explanation.en.join(" ")).toContain("An extension of the deadline would not move this limit.");
    expect(r.explanation.fr.join(" ")).toContain("Une prolongation de l'échéance ne repousserait pas cette limite.");
  });

  it("FR: a clock stop moves the refusal limit as it moves the first deadline (the same machinery)", () => {
    const r = computeDeadline({
      jurisdiction: "FR",
      receivedAt: at("2025-03-03T09:00:00+01:00"),
      extended: true,
      pauses: [{ from: at("2025-03-10T09:00:00+01:00"), to: at("2025-03-17T09:00:00+01:00") }],
    });
    expect(r.pausedDays).toBe(7);
    // 3 April + 7 days = Thursday 10 April 2025.
    expect(r.refusalDueDate).toBe("2025-04-10");
    expect(r.refusalDueDate).toBe(r.firstDueDate);
    expect(r.dueDate).not.toBe(r.refusalDueDate);
  });

  it("GB: the month runs from the identity confirmation (Art. 12A(2)) for a refusal too", () => {
    const r = computeDeadline({
      jurisdiction: "GB",
      receivedAt: at("2026-03-02T10:00:00Z"),
      identityReceivedAt: at("2026-03-09T10:00:00Z"),
      extended: true,
    });
    expect(r.clockStartDate).toBe("2026-03-09");
    expect(r.refusalDueDate).toBe(r.firstDueDate);
    expect(r.refusalDueDate < r.dueDate).toBe(true);
    expect(r.refusalCite?.en).toBe("Art. 12(4) UK GDPR");
    expect(r.explanation.en.join(" ")).toMatch(/one month from the identity confirmation \(Art\. 12\(4\) UK GDPR\)/);
  });
});

describe("refusal limit, US state laws (45 days after receipt, never extended)", () => {
  const receivedAt = at("2025-06-13T12:00:00Z");

  it.each([
    ["US-UT", "Utah Code § 13-61-203(3)"],
    ["US-TX", "Tex. Bus. & Com. Code § 541.052(c)"],
    ["US-VA", "Va. Code § 59.1-577(B)(2)"],
    ["US-NJ", "N.J.S.A. 56:8-166.7(c)"],
  ])("%s, extended to 90 days: the refusal is still due on day 45 (%s)", (jurisdiction, cite) => {
    const r = computeDeadline({ jurisdiction, controller: "FR", receivedAt, extended: true });
    expect(r.receivedDate).toBe("2025-06-13");
    expect(r.dueDate).toBe("2025-09-11");
    expect(r.refusalDueDate).toBe("2025-07-28");
    expect(r.refusalCite?.en).toBe(cite);
    expect(r.explanation.en.join(" ")).toContain(
      `45 days from receipt (${cite}). The extension does not move this limit.`,
    );
  });

  it("every state: the refusal limit is the state's own days from receipt (its response period), whatever the extension", () => {
    for (const state of US_STATE_CODES) {
      const law = US_STATE_LAWS[state];
      const r = computeDeadline({ jurisdiction: `US-${state}`, controller: "FR", receivedAt, extended: true });
      expect(r.refusalDueDate, state).toBe(addDays(r.receivedDate, law.refusalDays.value));
      expect(r.refusalDueDate < r.dueDate, state).toBe(true);
      expect(r.refusalCite?.en, state).toBe(law.refusalDays.cite);
    }
  });
});

describe("no refusal limit of its own: the refusal is the response (CCPA, PIPEDA, LGPD, nFADP)", () => {
  it("US-CA, extended: the refusal is due by the extended deadline (11 CCR § 7021(b), §§ 7022(f)-7024(e))", () => {
    const r = computeDeadline({ jurisdiction: "US-CA", receivedAt: at("2025-06-13T12:00:00-07:00"), extended: true });
    expect(r.dueDate).toBe("2025-09-11");
    expect(r.refusalDueDate).toBe(r.dueDate);
    expect(r.refusalCite).toBeNull();
    expect(r.explanation.en.join(" ")).not.toContain("refusal and its reasons");
  });

  it("CA (PIPEDA), extended: s. 8(7) — a refusal within the extended time limit", () => {
    const r = computeDeadline({ jurisdiction: "CA", receivedAt: at("2025-06-13T12:00:00-04:00"), extended: true });
    expect(r.refusalDueDate).toBe(r.dueDate);
    expect(r.refusalDueDate).toBe(r.extendedDueDate);
    expect(r.refusalCite).toBeNull();
  });

  it.each(["BR", "CH"])("%s: no extension exists, the refusal is due by the deadline", (jurisdiction) => {
    const r = computeDeadline({ jurisdiction, receivedAt: at("2025-06-13T12:00:00Z") });
    expect(r.refusalDueDate).toBe(r.dueDate);
    expect(r.refusalCite).toBeNull();
  });
});
