import { describe, expect, it } from "vitest";
import { joined, testBrand as brand } from "@/scripts/test-support/mail-templates";
import { renderMail, sampleParams } from "./index";

const flat = (s: string) => s.replace(/\s+/g, " ");

/** The mail sent when a residence correction brings the due date earlier (correct-residence.ts). */
describe("regime_correction_notice", () => {
  it("en: the law, the new date in the controller's zone instead of the old one, and the GDPR's time limit", async () => {
    const mail = await renderMail("regime_correction_notice", "en", sampleParams("regime_correction_notice"), brand);
    for (const body of [flat(mail.text), flat(joined(mail.html).replace(/<[^>]+>/g, ""))]) {
      expect(body).toContain("it is now handled under the GDPR.");
      expect(body).toContain("We will now answer by 3 October 2025 (Europe/Paris) at the latest, not 18 October 2025");
      expect(body).toContain(
        "Article 12(3) of the GDPR requires us to answer within one month of receiving your request.",
      );
      expect(body).not.toContain("extension");
    }
  });

  it("fr: the same in French", async () => {
    const mail = await renderMail("regime_correction_notice", "fr", sampleParams("regime_correction_notice"), brand);
    const body = flat(mail.text);
    expect(mail.subject).toContain("loi applicable et date de notre réponse");
    expect(body).toContain("elle est désormais traitée selon le RGPD.");
    expect(body).toContain("au plus tard le 3 octobre 2025 (Europe/Paris), et non le 18 octobre 2025 comme annoncé");
    expect(body).toContain("L'article 12, paragraphe 3, du RGPD nous impose de vous répondre dans un délai d'un mois");
  });

  it.each([
    ["en", "the time to answer ran out on 3 October 2025 (Europe/Paris), not 18 October 2025", "at the latest"],
    ["fr", "le délai de réponse a expiré le 3 octobre 2025 (Europe/Paris), et non le 18 octobre 2025", "au plus tard"],
  ] as const)("%s: a date already passed is not promised", async (locale, passed, promise) => {
    const p = { ...sampleParams("regime_correction_notice"), overdue: true };
    const body = flat((await renderMail("regime_correction_notice", locale, p, brand)).text);
    expect(body).toContain(passed);
    expect(body).not.toContain(promise);
  });

  it.each([
    [
      "en",
      "The extension we told you about no longer applies. The LGPD does not allow this time limit to be extended.",
    ],
    ["fr", "La prolongation annoncée ne s'applique plus. La LGPD ne permet pas de prolonger ce délai."],
  ] as const)("%s: an extension the new law does not have is said to be dropped", async (locale, dropped) => {
    const p = {
      ...sampleParams("regime_correction_notice"),
      regime: "LGPD" as const,
      residence: "BR",
      timeZone: "Europe/Paris",
      extensionDropped: true,
    };
    const body = flat((await renderMail("regime_correction_notice", locale, p, brand)).text);
    expect(body).toContain(dropped);
    expect(body).toContain("gov.br/anpd");
  });
});
