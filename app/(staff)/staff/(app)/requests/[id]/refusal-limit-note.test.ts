import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { StaffLocaleProvider } from "../../components/staff-locale";
import { RefusalLimitNote } from "./refusal-limit-note";
import { refusalLimitView } from "./refusal-limit-view";

/*
 * The refuse panel's note as staff read it. A French request received Friday 13 June 2025 and extended (due
 * 15 September) must still be refused by Tuesday 15 July (GDPR Art. 12(4)); on 1 August the panel warns, and still
 * offers the refusal. A Californian one has no limit of its own: the refusal is the answer, due by the deadline.
 */
function rendered(locale: Locale, jurisdiction: string, today: string): string {
  const deadline = computeDeadline({ jurisdiction, receivedAt: new Date("2025-06-13T10:00:00+02:00"), extended: true });
  const note = createElement(RefusalLimitNote, {
    limit: refusalLimitView({ deadline, today }, locale),
    timeZone: deadline.timeZone,
  });
  const provider = { locale } as { locale: Locale; children: ReactNode };
  return renderToStaticMarkup(createElement(StaffLocaleProvider, provider, note))
    .replace(/&#x27;/g, "'")
    .replace(/\u202f|\u00a0/g, " ");
}

describe("the refuse panel's refusal limit", () => {
  it("EN, extended GDPR request after the limit: the zone-labelled date, Art. 12(4), and the warning", () => {
    const html = rendered("en", "FR", "2025-08-01");
    expect(html).toContain(
      "Refuse by 15 Jul 2025, Europe/Paris: Art. 12(4) GDPR sets this limit, and an extension of the deadline does not move it.",
    );
    expect(html).toContain(
      "The last day to refuse was 15 Jul 2025, Europe/Paris (Art. 12(4) GDPR). Refuse all the same, now, and tell the person why the answer is late.",
    );
    expect(html).toContain('role="alert"');
  });

  it("FR, the same request: the French provision and warning", () => {
    const html = rendered("fr", "FR", "2025-08-01");
    expect(html).toContain(
      "Refuser au plus tard le 15 juil. 2025, Europe/Paris : limite fixée par article 12, paragraphe 4, du RGPD, qu'une prolongation de l'échéance ne repousse pas.",
    );
    expect(html).toContain("Le dernier jour pour refuser était le 15 juil. 2025, Europe/Paris");
  });

  it("on the last day there is no warning", () => {
    expect(rendered("en", "FR", "2025-07-15")).not.toContain("refusal-late");
  });

  it("CCPA, extended: the refusal is the answer, due by the extended deadline", () => {
    const html = rendered("en", "US-CA", "2025-08-01");
    expect(html).toContain(
      "A refusal is the answer to the request: send it by 11 Sept 2025, America/Los_Angeles, the deadline, extension included.",
    );
    expect(html).not.toContain("refusal-late");
  });
});
