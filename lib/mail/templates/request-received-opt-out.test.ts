import { describe, expect, it } from "vitest";
import { renderMail, sampleParams } from "./index";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";

/**
 * An opt-out is filed without verification (11 CCR § 7026(d), § 7027(e); the US states' opt-outs the same way):
 * the person confirmed nothing, so its acknowledgement must not thank them for confirming it. Seen on a
 * Colorado GPC opt-out: "Your request is confirmed — Thank you for confirming your request …".
 */
describe("request_received for an opt-out", () => {
  for (const [type, regime, residence] of [
    ["opt_out_sale", "CCPA", "US-CA"],
    ["opt_out_targeted_ads", "US_CO", "US-CO"],
  ] as const) {
    it(`${type} (${regime}) says it was received, not confirmed`, async () => {
      const en = await renderMail(
        "request_received",
        "en",
        { ...sampleParams("request_received", "en"), type, regime, residence },
        brand,
      );
      expect(en.text).not.toMatch(/confirming|is confirmed/i);
      expect(en.text).toContain("We have received your request");
      expect(en.text).toContain("no proof of identity");
      const fr = await renderMail(
        "request_received",
        "fr",
        { ...sampleParams("request_received", "fr"), type, regime, residence },
        brand,
      );
      expect(fr.text).not.toMatch(/avoir confirmé|est confirmée/i);
      expect(fr.text).toContain("Nous avons bien reçu votre demande");
      expect(fr.text).toContain("aucune preuve d’identité");
    });
  }
  it("an access request still thanks the person for confirming it", async () => {
    const en = await renderMail("request_received", "en", sampleParams("request_received", "en"), brand);
    expect(en.text).toContain("Thank you for confirming");
  });
});

/**
 * A Californian's opt-out of sale/sharing or limit of sensitive data is due within 15 business days, never extended
 * (11 CCR § 7026(f)(1), § 7027(g)(1)); its acknowledgement quoted § 7021's 45 days and a 45-day extension.
 */
describe("request_received for a CCPA opt-out: the time limit of § 7026(f) / § 7027(g)", () => {
  for (const [type, section] of [
    ["opt_out_sale", "§ 7026(f)(1)"],
    ["limit_sensitive", "§ 7027(g)(1)"],
  ] as const) {
    it(`${type}: 15 business days, no extension, in English and French`, async () => {
      const params = { regime: "CCPA", residence: "US-CA", type } as const;
      const en = (
        await renderMail("request_received", "en", { ...sampleParams("request_received", "en"), ...params }, brand)
      ).text;
      expect(en).toContain(section);
      expect(en).toContain("15 business days");
      expect(en).toContain("cannot be extended");
      expect(en).not.toContain("45");
      const fr = (
        await renderMail("request_received", "fr", { ...sampleParams("request_received", "fr"), ...params }, brand)
      ).text;
      expect(fr).toContain(section);
      expect(fr).toContain("15 jours ouvrés");
      expect(fr).toContain("ne peut pas être prolongé");
      expect(fr).not.toContain("45");
    });
  }
});

/**
 * "Sell or share" is the CCPA's; a Coloradan's (or any other state's) opt-out is of the sale of personal data
 * (C.R.S. § 6-1-1306(1)(a)(I)(B)). Seen: "your request … for do not sell or share your personal information" and
 * "We no longer sell or share your personal information" mailed to a Colorado resident.
 */
describe("a US state's opt-out of sale speaks of sale only", () => {
  for (const locale of ["en", "fr"] as const) {
    it(`request_received and completion (${locale})`, async () => {
      const state = { regime: "US_CO", residence: "US-CO", type: "opt_out_sale" } as const;
      const received = await renderMail(
        "request_received",
        locale,
        { ...sampleParams("request_received", locale), ...state },
        brand,
      );
      const done = await renderMail(
        "completion",
        locale,
        { ...sampleParams("completion", locale), ...state, result: undefined, summary: undefined },
        brand,
      );
      for (const text of [received.text, done.text]) {
        expect(text).not.toMatch(/sell or share|vendre ni partager|ne partageons plus/i);
        expect(text).toMatch(locale === "en" ? /sale|sell/ : /vente|vendons/);
      }
      const ca = await renderMail(
        "completion",
        locale,
        {
          ...sampleParams("completion", locale),
          regime: "CCPA",
          residence: "US-CA",
          type: "opt_out_sale",
          result: undefined,
          summary: undefined,
        },
        brand,
      );
      expect(ca.text).toMatch(/sell or share|ne partageons plus|vendre ni partager/i);
    });
  }
});
