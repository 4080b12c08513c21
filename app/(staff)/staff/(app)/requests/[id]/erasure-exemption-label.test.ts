import { describe, expect, it } from "vitest";
import { erasureExemptionLabel } from "./erasure-exemption-label";

const recorded = {
  en: "Art. 17(3)(b) GDPR — legal obligation",
  fr: "Art. 17, paragraphe 3, point b) du RGPD — obligation légale",
};
const lead = { name: "CNIL", url: "https://www.cnil.fr" };

/**
 * The erasure plan showed staff the dataset's GDPR label ("Art. 17(3)(b) GDPR") on a Californian's, a Brazilian's
 * or a UK resident's erasure, while the person's completion mail names their own law's provision.
 */
describe("the erasure plan's exemption", () => {
  it("keeps the recorded GDPR label under the GDPR", () => {
    expect(erasureExemptionLabel(recorded, { regime: "GDPR", locale: "en", lead, requestType: "erasure" })).toBe(
      recorded.en,
    );
    expect(erasureExemptionLabel(recorded, { regime: "GDPR", locale: "fr", lead, requestType: "erasure" })).toBe(
      recorded.fr,
    );
  });

  it.each([
    ["CCPA", "en", /1798\.105/],
    ["UK_GDPR", "en", /UK GDPR/],
    ["LGPD", "fr", /LGPD/],
    ["PIPEDA", "en", /PIPEDA|4\.5/],
    ["NFADP", "fr", /nLPD/],
  ] as const)("%s (%s): the request's own law, never the GDPR label", (regime, locale, own) => {
    const label = erasureExemptionLabel(recorded, { regime, locale, lead, requestType: "erasure" });
    expect(label).toMatch(own);
    expect(label).not.toMatch(/17\(3\)\(b\) GDPR|du RGPD/);
  });
});
