import { describe, expect, it } from "vitest";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { renderMail, sampleCompletionWithResult } from "./index";

const regimeParams = (residence: string, regime: string) => ({
  regime,
  residence,
  authorityName: "California Privacy Protection Agency",
  authorityUrl: "https://cppa.ca.gov/",
});

/**
 * "We informed the following recipients": the completion mail names the provision that obliges us to tell them, in
 * the requester's own law, and only where one exists. CCPA: a deletion, Cal. Civ. Code § 1798.105(c)(1) (service
 * providers, contractors, third parties sold or shared to); a correction, 11 CCR § 7023(c) (service providers and
 * contractors). PIPEDA Schedule 1, 4.9.5 (amended information to third parties having access). LGPD art. 18 § 6
 * (the agents it shared the data with). The nFADP and the other US state laws set no such duty: the sentence then
 * says what we did without "as the law requires".
 */
const CASES = [
  {
    residence: "US-CA",
    regime: "CCPA",
    kind: "erasure",
    en: "As the law requires (Cal. Civ. Code § 1798.105(c)(1)), we informed the following recipients of your data of the erasure",
    fr: "Comme la loi l’exige (Cal. Civ. Code § 1798.105(c)(1)), nous avons informé de cet effacement les destinataires suivants",
  },
  {
    residence: "US-CA",
    regime: "CCPA",
    kind: "rectification",
    en: "As the law requires (Cal. Code Regs., tit. 11, § 7023(c)), we informed the following recipients of your data of the correction",
    fr: "Comme la loi l’exige (Cal. Code Regs., tit. 11, § 7023(c)), nous avons informé de cette rectification les destinataires suivants",
  },
  {
    residence: "CA",
    regime: "PIPEDA",
    kind: "erasure",
    en: "As the law requires (Principle 4.9.5 of Schedule 1 to PIPEDA), we informed the following recipients of your data of the erasure",
    fr: "Comme la loi l’exige (principe 4.9.5 de l'annexe 1 de la LPRPDE), nous avons informé de cet effacement",
  },
  {
    residence: "CA",
    regime: "PIPEDA",
    kind: "rectification",
    en: "As the law requires (Principle 4.9.5 of Schedule 1 to PIPEDA), we informed the following recipients of your data of the correction",
    fr: "Comme la loi l’exige (principe 4.9.5 de l'annexe 1 de la LPRPDE), nous avons informé de cette rectification",
  },
  {
    residence: "BR",
    regime: "LGPD",
    kind: "erasure",
    en: "As the law requires (Art. 18, § 6, LGPD), we informed the following recipients of your data of the erasure",
    fr: "Comme la loi l’exige (article 18, § 6, de la LGPD), nous avons informé de cet effacement",
  },
  {
    residence: "CH",
    regime: "NFADP",
    kind: "erasure",
    en: "We informed the following recipients of your data of the erasure",
    fr: "Nous avons informé de cet effacement les destinataires suivants",
  },
  {
    residence: "US-VA",
    regime: "US_VA",
    kind: "erasure",
    en: "We informed the following recipients of your data of the erasure",
    fr: "Nous avons informé de cet effacement les destinataires suivants",
  },
] as const;

describe("completion mail: the provision behind 'we informed the following recipients'", () => {
  it.each(CASES)("$regime $kind", async (c) => {
    for (const locale of ["en", "fr"] as const) {
      const params = { ...sampleCompletionWithResult(c.kind), ...regimeParams(c.residence, c.regime) };
      const mail = await renderMail("completion", locale, params as never, brand);
      const text = mail.text.replace(/\s+/g, " ");
      expect(text, locale).toContain(c[locale]);
      expect(text, locale).toContain("Colis Express");
      if (c.regime === "NFADP" || c.regime === "US_VA") expect(text).not.toMatch(/As the law requires|la loi l’exige/);
    }
  });
});
