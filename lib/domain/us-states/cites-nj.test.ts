import { describe, expect, it } from "vitest";
import { regimeNotices } from "../regime-notices";
import { US_STATE_LAWS, US_STATE_OPT_OUTS } from "./index";

/**
 * New Jersey, read in the statute text: the 45 + 45 days are N.J.S.A. 56:8-166.7(a) ("within 45 days of the
 * controller's receipt of the request ... may extend the response period by 45 additional days"); § 56:8-166.10
 * grants the rights, its (a)(5)(a)-(c) the opt-outs of targeted advertising, sale and profiling.
 */
describe("New Jersey cites", () => {
  it("the response period and its extension are § 56:8-166.7(a), not § 56:8-166.10(c)", () => {
    const nj = US_STATE_LAWS.NJ;
    for (const cited of [nj.respondDays, nj.extensionDays, nj.optOut.respondDays, nj.optOut.extensionDays])
      expect(cited.cite).toBe("N.J.S.A. 56:8-166.7(a)");
    expect(JSON.stringify(nj)).not.toContain("166.10(c)");
    for (const locale of ["en", "fr"] as const) {
      const notices = regimeNotices("US_NJ", locale, { lead: { name: "CNIL", url: "https://www.cnil.fr" } });
      expect(notices.timeLimit).toContain("56:8-166.7(a)");
      expect(notices.extensionGrounds).toContain("56:8-166.7(a)");
    }
  });

  it("the opt-outs are § 56:8-166.10(a)(5)(a)-(c)", () => {
    expect(US_STATE_OPT_OUTS.NJ.kinds).toEqual({
      opt_out_targeted_ads: "N.J.S.A. 56:8-166.10(a)(5)(a)",
      opt_out_sale: "N.J.S.A. 56:8-166.10(a)(5)(b)",
      opt_out_profiling: "N.J.S.A. 56:8-166.10(a)(5)(c)",
    });
  });
});
