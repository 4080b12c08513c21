import { describe, expect, it } from "vitest";
import { regimeNotices } from "./index";

const lead = { name: "CNIL", url: "https://www.cnil.fr" };

/**
 * The 30 days of art. 18(1) OPDo (SR 235.11) are the right of access's (art. 25 nFADP; portability by art. 22
 * OPDo). A Swiss resident's restriction request (a ban on a processing, art. 32(2)(a) nFADP) was told
 * "Article 18(1) … requires us to answer within 30 days … (right of access, Article 25 of the nFADP)".
 */
describe("nFADP time limit by right", () => {
  for (const type of ["access", "portability"]) {
    it(`${type}: art. 18(1) OPDo requires 30 days`, () => {
      expect(regimeNotices("NFADP", "en", { lead, requestType: type }).timeLimit).toMatch(
        /^Article 18\(1\) of the Swiss Data Protection Ordinance .* requires us to answer within 30 days/,
      );
    });
  }

  for (const type of ["restriction", "erasure", "rectification", "objection"]) {
    it(`${type}: no statutory limit (art. 32 nFADP); our own 30 days, never "requires"`, () => {
      const en = regimeNotices("NFADP", "en", { lead, requestType: type }).timeLimit;
      expect(en).toContain("sets no time limit for this request (Article 32 of the nFADP)");
      expect(en).toContain("within 30 days");
      expect(en).not.toContain("requires");
      const fr = regimeNotices("NFADP", "fr", { lead, requestType: type }).timeLimit;
      expect(fr).toContain("ne fixe pas de délai pour cette demande (article 32 de la nLPD)");
      expect(fr).toContain("30 jours");
      expect(fr).not.toContain("nous impose");
      // Art. 18(2)-(3) OPDo and art. 26(4) nFADP are the right of access's too: not cited as duties here.
      const n = regimeNotices("NFADP", "en", { lead, requestType: type });
      expect(n.extensionGrounds).not.toContain("Article 18(2)");
      expect(n.refusalRights).not.toContain("Article 26(4)");
      expect(regimeNotices("NFADP", "fr", { lead, requestType: type }).refusalRights).not.toContain("26, alinéa 4");
      // The new-date notice of art. 18(2) OPDo is the access request's: no provision named for this right.
      expect(n.newDateProvision).toBeNull();
      expect(regimeNotices("NFADP", "fr", { lead, requestType: type }).newDateProvision).toBeNull();
    });
  }

  it("access keeps the ordinance's duties (art. 18(2) OPDo, art. 26(4) nFADP)", () => {
    const n = regimeNotices("NFADP", "en", { lead, requestType: "access" });
    expect(n.extensionGrounds).toContain("Article 18(2)");
    expect(n.refusalRights).toContain("Article 26(4)");
    expect(n.newDateProvision).toContain("Article 18(2)");
    expect(regimeNotices("NFADP", "en", { lead, requestType: "portability" }).newDateProvision).toContain(
      "Article 18(2)",
    );
  });

  it("without a type (the home page): the access wording", () => {
    expect(regimeNotices("NFADP", "fr", { lead }).timeLimit).toContain(
      "nous impose de vous répondre dans les 30 jours",
    );
  });
});
