import { describe, expect, it } from "vitest";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { renderMail, sampleCompletionWithResult } from "./index";

const params = (regime: string, residence: string, type: string) => ({
  ...sampleCompletionWithResult("package"),
  regime,
  residence,
  type,
  authorityName: "Commission nationale de l'informatique et des libertés (CNIL)",
  authorityUrl: "https://www.cnil.fr/fr/plaintes",
});

/**
 * UK GDPR Art. 15(1A), inserted by the Data (Use and Access) Act 2025: the person is entitled to what the
 * controller can provide based on a reasonable and proportionate search. The access answer says so, in the
 * UK only, and only for access (the paragraph amends Art. 15, not portability under Art. 20).
 */
describe("completion mail: UK GDPR Art. 15(1A) search scope", () => {
  it("is said with a UK access package, in English and French", async () => {
    const en = await renderMail("completion", "en", params("UK_GDPR", "GB", "access") as never, brand);
    expect(en.text.replace(/\s+/g, " ")).toContain(
      "Under Article 15(1A) of the UK GDPR (inserted by the Data (Use and Access) Act 2025), this answer gives you the personal data and information we found through a reasonable and proportionate search",
    );
    const fr = await renderMail("completion", "fr", params("UK_GDPR", "GB", "access") as never, brand);
    expect(fr.text.replace(/\s+/g, " ")).toContain("article 15, paragraphe 1A, du UK GDPR");
    expect(fr.text).toContain("recherche raisonnable et proportionnée");
  });

  it("is not said for a UK portability package nor under any other regime", async () => {
    const others: [string, string, string][] = [
      ["UK_GDPR", "GB", "portability"],
      ["GDPR", "FR", "access"],
      ["CCPA", "US-CA", "access"],
      ["PIPEDA", "CA", "access"],
    ];
    for (const [regime, residence, type] of others)
      for (const locale of ["en", "fr"] as const) {
        const mail = await renderMail("completion", locale, params(regime, residence, type) as never, brand);
        expect(mail.text).not.toMatch(/15\(1A\)|paragraphe 1A|proportionate search|recherche raisonnable/);
      }
  });
});
