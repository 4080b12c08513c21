import { randomBytes, randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { renderMail, renderMailUncached, sampleParams } from "./index";
import { renderCacheStats } from "./render-cache";

const token = () => randomBytes(32).toString("base64url");
const reference = () => `DSR-2026-${String(randomInt(1, 10_000_000)).padStart(6, "0")}`;
const code = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

describe("the verification mail's render cache", () => {
  const shapes = [
    { locale: "en" as const, overdue: false, regime: "GDPR" as const, residence: "FR", wording: null },
    { locale: "fr" as const, overdue: true, regime: "GDPR" as const, residence: "DE", wording: null },
    { locale: "en" as const, overdue: false, regime: "CCPA" as const, residence: "US-CA", wording: null },
    {
      locale: "fr" as const,
      overdue: false,
      regime: "GDPR" as const,
      residence: "FR",
      wording: { intro: "Bonjour,\nmerci." },
    },
  ];

  it.each(shapes)("gives the same bytes as rendering each mail ($locale, overdue $overdue, $regime)", async (shape) => {
    const before = renderCacheStats();
    for (let i = 0; i < 12; i++) {
      const params = {
        ...sampleParams("verification"),
        reference: reference(),
        verifyUrl: `https://dsr.example.com/${shape.locale}/verify?token=${token()}`,
        code: code(),
        overdue: shape.overdue,
        regime: shape.regime,
        residence: shape.residence,
      };
      const cached = await renderMail("verification", shape.locale, params, brand, shape.wording);
      const direct = await renderMailUncached("verification", shape.locale, params, brand, shape.wording);
      expect(cached).toEqual(direct);
      expect(cached.text).toContain(params.code);
      expect(cached.html).toContain(params.verifyUrl);
    }
    const after = renderCacheStats();
    expect(after.shapes).toBeGreaterThan(before.shapes);
    expect(after.uncacheable).toBe(0);
  });

  it("renders a value it cannot put back safely directly (an & in the link, a short code)", async () => {
    const params = {
      ...sampleParams("verification"),
      verifyUrl: `https://dsr.example.com/en/verify?a=1&token=${token()}`,
      code: "12",
    };
    const cached = await renderMail("verification", "en", params, brand);
    expect(cached).toEqual(await renderMailUncached("verification", "en", params, brand));
    expect(cached.html).toContain("a=1&amp;token=");
  });
});
