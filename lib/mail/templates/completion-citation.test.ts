import { describe, expect, it } from "vitest";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { renderMail, sampleCompletionWithResult, type CompletionResult } from "./index";

const regimeParams = (residence: string, regime: string) => ({
  regime,
  residence,
  authorityName: "Commission nationale de l'informatique et des libertés (CNIL)",
  authorityUrl: "https://www.cnil.fr/fr/plaintes",
});

/**
 * The completion mail names the provision of the right exercised in the requester's own law: LGPD art. 18
 * by item (II access, VI elimination), PIPEDA Schedule 1 by principle (4.9 access, 4.9.5 amendment; an
 * erasure 4.3.8 withdrawal of consent, 4.5.3 retention and 4.9.5), UK GDPR by article — never a GDPR name or a GDPR-style
 * "Art. 17(3)" for LGPD or PIPEDA.
 */
const CASES: {
  residence: string;
  regime: string;
  type: string;
  kind: CompletionResult["kind"];
  en: string;
  fr: string;
}[] = [
  {
    residence: "BR",
    regime: "LGPD",
    type: "access",
    kind: "package",
    en: "(LGPD article 18(II))",
    fr: "(article 18, II, de la LGPD)",
  },
  {
    residence: "BR",
    regime: "LGPD",
    type: "erasure",
    kind: "erasure",
    en: "(LGPD article 18(VI))",
    fr: "(article 18, VI, de la LGPD)",
  },
  {
    residence: "CA",
    regime: "PIPEDA",
    type: "access",
    kind: "package",
    en: "(PIPEDA Schedule 1, Principle 4.9)",
    fr: "(LPRPDE, annexe 1, principe 4.9)",
  },
  {
    residence: "CA",
    regime: "PIPEDA",
    type: "erasure",
    kind: "erasure",
    en: "(PIPEDA Schedule 1, Principles 4.3.8, 4.5.3 and 4.9.5)",
    fr: "(LPRPDE, annexe 1, principes 4.3.8, 4.5.3 et 4.9.5)",
  },
  {
    residence: "GB",
    regime: "UK_GDPR",
    type: "rectification",
    kind: "rectification",
    en: "(UK GDPR article 16)",
    fr: "(article 16 du UK GDPR)",
  },
  {
    residence: "GB",
    regime: "UK_GDPR",
    type: "portability",
    kind: "package",
    en: "(UK GDPR article 20)",
    fr: "(article 20 du UK GDPR)",
  },
];

describe("completion mail: the right's own provision", () => {
  it.each(CASES)("$regime $type", async (c) => {
    for (const locale of ["en", "fr"] as const) {
      const params = { ...sampleCompletionWithResult(c.kind), ...regimeParams(c.residence, c.regime), type: c.type };
      const mail = await renderMail("completion", locale, params as never, brand);
      expect(mail.text).toContain(c[locale]);
      if (c.regime !== "UK_GDPR") expect(mail.text).not.toMatch(/GDPR|RGPD|\b[Aa]rt(icle|\.) ?\d+\(\d+\)/);
    }
  });
});
