import { describe, expect, it } from "vitest";
import { regimeNotices } from "./index";

const lead = { name: "CNIL", url: "https://www.cnil.fr" };
const rights = (requestType: string | undefined, locale: "en" | "fr" = "en") =>
  regimeNotices("CCPA", locale, { lead, requestType }).refusalRights;

/**
 * Each CCPA request has its own denial provision in the regulations (Cal. Code Regs., tit. 11): a request to delete
 * § 7022(f), to correct § 7023(f) ("If the business denies a consumer's request to correct in whole or in part ...
 * explain the basis for the denial"), to know § 7024(e). A Californian asking for a correction was pointed to the
 * deletion and access sections only.
 */
describe("CCPA: the denial provision of the right asked for", () => {
  it("cites § 7023(f) for a request to correct", () => {
    expect(rights("rectification")).toContain("§ 7023(f)");
    expect(rights("rectification", "fr")).toContain("§ 7023(f)");
    expect(rights("rectification")).not.toContain("7022(f)");
  });
  it("cites § 7022(f) for a request to delete and § 7024(e) for a request to know or a portable copy", () => {
    expect(rights("erasure")).toContain("§ 7022(f)");
    expect(rights("erasure")).not.toContain("7024(e)");
    for (const type of ["access", "portability"]) {
      expect(rights(type)).toContain("§ 7024(e)");
      expect(rights(type)).not.toContain("7022(f)");
    }
  });
  it("names all three when the right is not known", () => {
    for (const cite of ["7022(f)", "7023(f)", "7024(e)"]) expect(rights(undefined)).toContain(cite);
  });
  it("an opt-out of sale/sharing or a request to limit cites its fraud-only denial rule, not the others", () => {
    for (const locale of ["en", "fr"] as const) {
      expect(rights("opt_out_sale", locale)).toContain("§ 7026(d)");
      expect(rights("limit_sensitive", locale)).toContain("§ 7027(e)");
      for (const type of ["opt_out_sale", "limit_sensitive"])
        for (const other of ["7022(f)", "7023(f)", "7024(e)"]) expect(rights(type, locale)).not.toContain(other);
    }
    expect(rights("opt_out_sale")).toMatch(/fraudulent/);
  });
});
