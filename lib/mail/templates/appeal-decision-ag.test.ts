import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/domain/locale";
import { renderMail, sampleParams } from "./index";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";

/**
 * Colorado: "The controller shall inform the consumer of the consumer's ability to contact the attorney
 * general if the consumer has concerns about the result of the appeal" (C.R.S. § 6-1-1306(3)(c)) — whatever
 * the result. Virginia: only "if the appeal is denied" (Va. Code § 59.1-578(C)).
 */
async function decisionText(regime: "US_CO" | "US_VA", decision: "granted" | "denied", locale: Locale) {
  const params = {
    ...sampleParams("appeal_decision", locale),
    decision,
    regime,
    residence: regime.replace("_", "-"),
  };
  return (await renderMail("appeal_decision", locale, params, brand)).text;
}

describe("appeal decision mail: the Attorney General route", () => {
  for (const locale of ["en", "fr"] as const) {
    it(`Colorado names the Attorney General when the appeal is granted too (${locale})`, async () => {
      for (const decision of ["granted", "denied"] as const) {
        const text = await decisionText("US_CO", decision, locale);
        expect(text, decision).toContain("Colorado Attorney General");
        expect(text, decision).toContain("coag.gov/file-complaint");
        expect(text, decision).toContain("§ 6-1-1306(3)(c)");
      }
    });
    it(`Virginia names it only when the appeal is denied (${locale})`, async () => {
      expect(await decisionText("US_VA", "denied", locale)).toContain("Attorney General");
      expect(await decisionText("US_VA", "granted", locale)).not.toContain("Attorney General");
    });
  }
});

describe("appeal acknowledgement: what it promises about the Attorney General", () => {
  const received = async (regime: "US_CO" | "US_VA", locale: Locale) =>
    (
      await renderMail(
        "appeal_received",
        locale,
        { ...sampleParams("appeal_received", locale), regime, residence: regime.replace("_", "-") },
        brand,
      )
    ).text;
  it("Colorado: whatever the decision (EN/FR)", async () => {
    expect(await received("US_CO", "en")).toContain("Whatever we decide, we will tell you how to contact");
    expect(await received("US_CO", "fr")).toContain("Quelle que soit notre décision");
  });
  it("Virginia: if the refusal is maintained (EN/FR)", async () => {
    expect(await received("US_VA", "en")).toContain("If we maintain the refusal");
    expect(await received("US_VA", "fr")).toContain("Si nous maintenons le refus");
  });
});
