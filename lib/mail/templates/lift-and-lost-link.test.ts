import { describe, expect, it } from "vitest";
import { typeLabel } from "./format";
import { renderMail, sampleParams } from "./index";

import { joined, LOCALES, testBrand as brand } from "@/scripts/test-support/mail-templates";

describe("restriction lift called off (after an Art. 18(3) notice)", () => {
  it.each([
    [
      "en",
      "the restriction on your data stays in place",
      [
        "lift the restriction on the processing of your data",
        "1 September 2025",
        "We have called that lift off",
        "The restriction stays in place",
        "we will tell you again beforehand",
      ],
    ],
    [
      "fr",
      "la limitation du traitement de vos données est maintenue",
      [
        "lèverions la limitation du traitement de vos données",
        "1er septembre 2025",
        "Nous avons annulé cette levée",
        "La limitation reste en place",
        "nous vous préviendrons de nouveau avant",
      ],
    ],
  ] as const)(
    "%s: names the announced date, says the lift is off and the restriction stays",
    async (locale, subject, facts) => {
      const params = sampleParams("restriction_lift_cancelled");
      const mail = await renderMail("restriction_lift_cancelled", locale, params, brand);
      expect(mail.subject).toContain(subject);
      for (const body of [mail.text, joined(mail.html)]) for (const fact of facts) expect(body).toContain(fact);
      expect(mail.text).toContain(params.statusUrl);
    },
  );

  it("reads without a date when the notice named none", async () => {
    const params = { ...sampleParams("restriction_lift_cancelled"), liftOn: undefined };
    for (const locale of LOCALES) {
      const mail = await renderMail("restriction_lift_cancelled", locale, params, brand);
      expect(mail.text).toMatch(/of your data\. We have called|de vos données\. Nous avons annulé/);
      expect(mail.text).not.toMatch(/undefined|Invalid Date/);
    }
  });
});

describe("restriction lift notice (Art. 18(3))", () => {
  it.each([
    [
      "en",
      "the restriction on your data will be lifted",
      [
        "not before, in these systems",
        "write to us from your request page",
        "Art. 18(3) GDPR",
        "Demo Shop",
        "Support desk",
        "Why:",
        "contact us before 1 September 2025",
        "lodge a complaint",
        "judicial remedy",
        "CNIL",
      ],
    ],
    [
      "fr",
      "la limitation du traitement de vos données va être levée",
      [
        "pas avant, dans ces systèmes",
        "écrivez-nous depuis la page de votre demande",
        "article 18, paragraphe 3, du RGPD",
        "Demo Shop",
        "Support desk",
        "Pourquoi :",
        "contactez-nous avant le 1er septembre 2025",
        "introduire une réclamation",
        "recours juridictionnel",
        "CNIL",
      ],
    ],
  ] as const)(
    "%s: date per locale, systems, reason, and the options before the lift",
    async (locale, subject, facts) => {
      const params = sampleParams("restriction_lift_notice");
      const mail = await renderMail("restriction_lift_notice", locale, params, brand);
      expect(mail.subject).toContain(subject);
      for (const body of [mail.text, joined(mail.html)]) {
        for (const fact of facts) expect(body).toContain(fact);
        expect(body).toContain(params.authorityUrl);
      }
      expect(mail.text).toContain(params.reason);
    },
  );

  it("takes the authority from the parameters and leaves out an empty reason", async () => {
    const params = {
      ...sampleParams("restriction_lift_notice"),
      reason: "  ",
      authorityName: "ICO",
      authorityUrl: "https://ico.org.uk/make-a-complaint/",
    };
    for (const locale of LOCALES) {
      const mail = await renderMail("restriction_lift_notice", locale, params, brand);
      expect(mail.text).toContain("ICO (https://ico.org.uk/make-a-complaint/)");
      expect(mail.text).not.toMatch(/Why:|Pourquoi :/);
    }
  });

  it("rejects a non-http authority URL", async () => {
    await expect(
      renderMail(
        "restriction_lift_notice",
        "en",
        { ...sampleParams("restriction_lift_notice"), authorityUrl: "javascript:alert(1)" },
        brand,
      ),
    ).rejects.toThrow(/authorityUrl/);
  });
});

describe("lost link", () => {
  it.each([
    ["en", "Track my request", "ignore this mail"],
    ["fr", "Suivre ma demande", "ignorez ce message"],
  ] as const)(
    "%s: the status link, the request in words and the 'not you' sentence",
    async (locale, button, ignore) => {
      const params = sampleParams("lost_link");
      const mail = await renderMail("lost_link", locale, params, brand);
      expect(mail.text).toContain(`${button} ${params.statusUrl}`);
      expect(mail.text).toContain(typeLabel("rectification", locale));
      expect(mail.text).toContain(ignore);
    },
  );
});
