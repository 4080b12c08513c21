import { describe, expect, it } from "vitest";
import { REGIMES, type RegimeCode } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { renderMail, sampleParams } from "./index";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { US_EXTENSION_WORDS, US_OWN_WORDS, US_REFUSAL_WORDS } from "@/scripts/test-support/us-state-markers";

/** Words that belong to one regime only: seeing them in another regime's mail is a leak. */
const OWN: Record<RegimeCode, Record<Locale, string[]>> = {
  ...US_OWN_WORDS,
  GDPR: {
    en: ["Article 12(4) of the GDPR", "Article 77", "CNIL", "edpb.europa.eu"],
    fr: ["article 12, paragraphe 4, du RGPD", "article 77", "CNIL", "edpb.europa.eu"],
  },
  UK_GDPR: {
    en: ["UK GDPR", "Information Commissioner's Office (ICO)", "ico.org.uk"],
    fr: ["UK GDPR", "Information Commissioner's Office (ICO)", "ico.org.uk"],
  },
  CCPA: {
    en: ["California Privacy Protection Agency", "California Attorney General", "cppa.ca.gov", "§ 7021"],
    fr: ["California Privacy Protection Agency", "California Attorney General", "cppa.ca.gov", "§ 7021"],
  },
  LGPD: { en: ["LGPD", "ANPD"], fr: ["LGPD", "ANPD"] },
  PIPEDA: {
    en: ["PIPEDA", "Privacy Commissioner of Canada", "priv.gc.ca"],
    fr: ["LPRPDE", "Commissariat à la protection de la vie privée du Canada", "priv.gc.ca"],
  },
  NFADP: {
    en: ["nFADP", "FDPIC", "edoeb.admin.ch"],
    fr: ["nLPD", "PFPDT", "edoeb.admin.ch"],
  },
};

/** What each mail must say, per regime (the first own words are checked in the template's own test below). */
const EXPECTED: Record<"refusal" | "extension_notice", Record<RegimeCode, Record<Locale, string[]>>> = {
  refusal: {
    ...US_REFUSAL_WORDS,
    GDPR: {
      en: ["Article 12(4) of the GDPR", "CNIL", "Article 77", "Article 79"],
      fr: ["RGPD", "CNIL", "article 77", "article 79"],
    },
    UK_GDPR: {
      en: ["Article 12(4) of the UK GDPR", "ico.org.uk"],
      fr: ["article 12, paragraphe 4, du UK GDPR", "ico.org.uk"],
    },
    CCPA: {
      en: ["Cal. Civ. Code § 1798.100", "cppa.ca.gov", "oag.ca.gov"],
      fr: ["Cal. Civ. Code § 1798.100", "cppa.ca.gov", "oag.ca.gov"],
    },
    LGPD: { en: ["Article 18, § 1", "ANPD"], fr: ["article 18, § 1", "ANPD"] },
    PIPEDA: {
      en: ["subsection 8(7) of PIPEDA", "priv.gc.ca/en"],
      fr: ["paragraphe 8(7) de la LPRPDE", "priv.gc.ca/fr"],
    },
    // The sample refuses an erasure: an art. 32 claim, not the access request art. 26(4) nFADP is about.
    NFADP: { en: ["Article 49 of the nFADP", "FDPIC"], fr: ["article 49 de la nLPD", "PFPDT"] },
  },
  extension_notice: {
    ...US_EXTENSION_WORDS,
    GDPR: {
      en: ["Article 12(3) of the GDPR", "CNIL", "Article 77"],
      fr: ["article 12, paragraphe 3, du RGPD", "CNIL", "article 77"],
    },
    UK_GDPR: {
      en: ["Article 12(3) of the UK GDPR", "Article 12A", "ico.org.uk"],
      fr: ["article 12A du UK GDPR", "ico.org.uk"],
    },
    CCPA: { en: ["§ 7021(b)", "90 in total", "cppa.ca.gov"], fr: ["§ 7021(b)", "90 jours au total", "cppa.ca.gov"] },
    LGPD: { en: [], fr: [] },
    PIPEDA: {
      en: ["Subsection 8(4) of PIPEDA", "complaint to the Office of the Privacy Commissioner of Canada", "8(5)"],
      fr: ["paragraphe 8(4) de la LPRPDE", "Commissariat à la protection de la vie privée du Canada", "8(5)"],
    },
    NFADP: { en: [], fr: [] },
  },
};

/** Words no non-GDPR mail may use: the GDPR's vocabulary. */
const GDPR_WORDING: Record<Locale, string[]> = {
  en: ["the GDPR", "supervisory authority", "Article 77", "CNIL"],
  fr: ["du RGPD", "autorité de contrôle", "article 77", "CNIL"],
};

const REGIME_CODES = Object.keys(REGIMES) as RegimeCode[];
const cases = (["refusal", "extension_notice"] as const)
  .flatMap((template) =>
    REGIME_CODES.flatMap((regime) => (["en", "fr"] as const).map((locale) => ({ template, regime, locale }))),
  )
  .filter(({ template, regime }) => template === "refusal" || REGIMES[regime].extension !== null);

describe("refusal and extension mails name the requester's own regime", () => {
  it.each(cases)("$template × $regime × $locale", async ({ template, regime, locale }) => {
    const params = { ...sampleParams(template), regime, authorityName: "CNIL", authorityUrl: "https://www.cnil.fr" };
    const mail = await renderMail(template, locale, params as never, brand);
    for (const text of [mail.text, mail.html]) {
      for (const words of EXPECTED[template][regime][locale]) expect(text).toContain(words);
      for (const other of REGIME_CODES.filter((r) => r !== regime)) {
        for (const words of OWN[other][locale]) {
          // UK GDPR legitimately contains "GDPR"-family words of its own; the markers above are specific.
          if (regime === "UK_GDPR" && other === "GDPR" && words.startsWith("Article 12")) continue;
          expect(text, `${regime} mail leaks ${other}'s "${words}"`).not.toContain(words);
        }
      }
      if (regime !== "GDPR") for (const words of GDPR_WORDING[locale]) expect(text).not.toContain(words);
    }
  });

  it.each(["en", "fr"] as const)("%s: a Swiss refusal cites art. 26(4) nFADP for access only", async (locale) => {
    const swiss = { regime: "NFADP", residence: "CH", authorityName: "CNIL", authorityUrl: "https://www.cnil.fr" };
    const access = await renderMail(
      "refusal",
      locale,
      { ...sampleParams("refusal"), ...swiss, type: "access" } as never,
      brand,
    );
    expect(access.text).toContain(locale === "en" ? "Article 26(4)" : "article 26, alinéa 4");
    for (const type of ["erasure", "rectification", "objection"]) {
      const mail = await renderMail("refusal", locale, { ...sampleParams("refusal"), ...swiss, type } as never, brand);
      expect(mail.text, type).not.toMatch(/26\(4\)|26, alinéa 4/);
      expect(mail.text, type).toContain("edoeb.admin.ch");
    }
  });

  it("has no extension mail where the regime has no extension (LGPD, nFADP)", () => {
    expect(REGIMES.LGPD.extension).toBeNull();
    expect(REGIMES.NFADP.extension).toBeNull();
  });
});
