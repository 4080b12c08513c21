import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_NAMES } from "@/lib/domain/audit-actions";
import { staffMessages } from "@/lib/i18n/staff";
import { recipientsWords, timelineEventLabel } from "./recipients-words";

/**
 * The fulfilment panel named the recipients step "Tell recipients (Art. 19)" and its notices "Recipients notified
 * (Art. 19)" on a Californian's, a Brazilian's or a Canadian's erasure: a GDPR article their law does not have.
 */
describe("the recipients step's words", () => {
  it.each(["en", "fr"] as const)("%s: Art. 19 under the GDPR and the UK GDPR only", (locale) => {
    const words = staffMessages(locale);
    for (const regime of ["GDPR", "UK_GDPR"] as const) {
      const w = recipientsWords(words, regime);
      expect(w.step).toMatch(/\(art\. 19\)$/i);
      expect(w.noticesTitle).toMatch(/\(art\. 19\)$/i);
      expect(w.mailName).toMatch(/\(art\. 19\)$/i);
      expect(timelineEventLabel(words, regime, "notice.sent", "notice.sent")).toMatch(/\(art\. 19\)$/i);
    }
    for (const regime of ["CCPA", "LGPD", "PIPEDA", "NFADP", "US_VA", "US_CO"] as const) {
      const w = recipientsWords(words, regime);
      expect(w.step).not.toMatch(/19|art/i);
      expect(w.noticesTitle).not.toMatch(/19|art/i);
      expect(w.mailName).not.toMatch(/19|art\./i);
      expect(w.step).toMatch(locale === "fr" ? /destinataires/ : /recipients/);
      // The timeline's audit event too ("Recipient notified", not "(Art. 19)").
      expect(timelineEventLabel(words, regime, "notice.sent", "notice.sent")).toMatch(
        /^(Recipient notified|Destinataire informé)$/,
      );
    }
  });
});

/** QA found "request.deadline_escalated" as is on an English request page: an action with no timeline word. */
describe("a timeline event's label", () => {
  it.each(["en", "fr"] as const)("%s: every audit action is in words, never its code", (locale) => {
    const words = staffMessages(locale);
    const coded = AUDIT_ACTION_NAMES.filter((a) => timelineEventLabel(words, "GDPR", a, a) === a);
    expect(coded).toEqual([]);
    expect(timelineEventLabel(words, "US_VA", "request.deadline_escalated", "x")).toBe(
      locale === "en" ? "Overdue escalation" : "Signalement de retard",
    );
  });
});
