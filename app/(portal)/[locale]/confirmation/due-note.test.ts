import { describe, expect, it } from "vitest";
import { confirmationDueNote } from "./due-note";

const note = (locale: "en" | "fr", residence: string, type = "access") =>
  confirmationDueNote(locale, {
    residence,
    type,
    lead: { name: "Commission nationale de l'informatique et des libertés (CNIL)", url: "https://www.cnil.fr/" },
  }).join(" ");

describe("the confirmation page's note under the due date", () => {
  it("names LGPD's 15 days and no extension for a Brazilian, never GDPR's two months", () => {
    expect(note("en", "BR")).toContain("Article 19(II) of the LGPD");
    expect(note("en", "BR")).toContain("does not allow this time limit to be extended");
    expect(note("en", "BR")).not.toMatch(/two months/);
    expect(note("fr", "BR")).toContain("La LGPD ne permet pas de prolonger ce délai.");
    expect(note("fr", "BR")).not.toMatch(/deux mois/);
  });

  it("names PIPEDA's thirty days and its thirty-day extension with notice for a Canadian", () => {
    expect(note("en", "CA")).toContain("Subsection 8(3) of PIPEDA");
    expect(note("en", "CA")).toContain("up to thirty days");
    expect(note("en", "CA")).not.toMatch(/two months/);
    expect(note("fr", "CA")).toContain("paragraphe 8(4) de la LPRPDE");
  });

  it("keeps GDPR's two further months for an EU resident, and promises no extension for an unknown residence", () => {
    expect(note("en", "FR")).toMatch(/two (further|more) months/);
    expect(note("en", "")).not.toMatch(/two months/);
    expect(note("fr", "ZZ")).not.toMatch(/deux mois/);
    expect(note("en", "US-TX", "not-a-type").length).toBeGreaterThan(0);
  });
});
