import { describe, expect, it } from "vitest";
import { regimeNotices } from "./index";

const lead = { name: "CNIL", url: "https://www.cnil.fr" };

/**
 * LGPD art. 19, II sets 15 days for confirmation and access only; the other rights of art. 18 (correction,
 * deletion, portability, …) are answered under art. 18, §§ 3-4 (act, or say why not). A Brazilian's erasure
 * request was told "Article 19(II) of the LGPD requires a complete answer within 15 days".
 */
describe("LGPD time limit by right", () => {
  it("access: art. 19, II, 15 days", () => {
    const en = regimeNotices("LGPD", "en", { lead, requestType: "access" }).timeLimit;
    expect(en).toContain("Article 19(II)");
    expect(en).toContain("15 days");
  });

  for (const type of ["erasure", "rectification", "portability"]) {
    it(`${type}: art. 18, §§ 3-4, with our own 15 days, never art. 19 as the rule for it`, () => {
      const en = regimeNotices("LGPD", "en", { lead, requestType: type }).timeLimit;
      expect(en).toContain("Article 18, §§ 3 and 4");
      expect(en).toContain("15 days");
      expect(en).not.toMatch(/^Article 19\(II\) of the LGPD requires/);
      const fr = regimeNotices("LGPD", "fr", { lead, requestType: type }).timeLimit;
      expect(fr).toContain("article 18, §§ 3 et 4");
      expect(fr).toContain("15 jours");
    });
  }

  it("confirmation: art. 19, I, at once, the same day (not 15 days)", () => {
    const en = regimeNotices("LGPD", "en", { lead, requestType: "confirmation" }).timeLimit;
    expect(en).toContain("Article 19(I)");
    expect(en).not.toContain("15 days");
    expect(regimeNotices("LGPD", "fr", { lead, requestType: "confirmation" }).timeLimit).toContain("le jour même");
  });

  it("without a type (the home page): the access wording as before", () => {
    expect(regimeNotices("LGPD", "en", { lead }).timeLimit).toContain("Article 19(II)");
  });
});
