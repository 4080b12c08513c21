import { expect, it } from "vitest";
import { refusalReasonsFor } from "./refusal-grounds";

it("offers 'manifestly unfounded' and 'excessive' only where the law has those grounds", () => {
  for (const regime of ["GDPR", "UK_GDPR", "CCPA", "NFADP", "US_VA"] as const)
    expect(refusalReasonsFor(regime)).toEqual(expect.arrayContaining(["manifestly_unfounded", "excessive"]));
  // Oregon and Colorado: a fee for a second request in twelve months, no refusal ground found in their text.
  for (const regime of ["PIPEDA", "LGPD", "US_OR", "US_CO"] as const) {
    expect(refusalReasonsFor(regime)).not.toContain("manifestly_unfounded");
    expect(refusalReasonsFor(regime)).not.toContain("excessive");
    expect(refusalReasonsFor(regime)).toEqual(
      expect.arrayContaining(["identity_not_verified", "exemption", "not_found", "other"]),
    );
  }
});

it("offers 'compelling legitimate grounds' only for a GDPR or UK GDPR objection to other processing than marketing (Art. 21(1))", () => {
  for (const regime of ["GDPR", "UK_GDPR"] as const) {
    expect(refusalReasonsFor(regime, { type: "objection", objectionScope: "other" })).toContain("compelling_grounds");
    // Art. 21(3): a direct-marketing objection is never weighed.
    expect(refusalReasonsFor(regime, { type: "objection", objectionScope: "direct_marketing" })).not.toContain(
      "compelling_grounds",
    );
    expect(refusalReasonsFor(regime, { type: "erasure" })).not.toContain("compelling_grounds");
    expect(refusalReasonsFor(regime)).not.toContain("compelling_grounds");
  }
  for (const regime of ["CCPA", "NFADP", "LGPD", "PIPEDA", "US_CO"] as const)
    expect(refusalReasonsFor(regime, { type: "objection", objectionScope: "other" })).not.toContain(
      "compelling_grounds",
    );
});

it("never offers 'identity not verified' for an opt-out, which needs no verification (11 CCR § 7026(d), § 7027(e); the states authenticate access, correction, deletion and portability only)", () => {
  for (const type of ["opt_out_sale", "limit_sensitive"] as const)
    expect(refusalReasonsFor("CCPA", { type })).not.toContain("identity_not_verified");
  for (const type of ["opt_out_sale", "opt_out_targeted_ads", "opt_out_profiling"] as const)
    for (const regime of ["US_VA", "US_CO", "US_TX", "US_NJ"] as const)
      expect(refusalReasonsFor(regime, { type })).not.toContain("identity_not_verified");
  expect(refusalReasonsFor("US_UT", { type: "opt_out_sensitive" })).not.toContain("identity_not_verified");
  // A fraudulent opt-out is still refused, with the reasons in words ("other").
  expect(refusalReasonsFor("CCPA", { type: "opt_out_sale" })).toContain("other");
  // The rights that are verified keep the ground.
  for (const type of ["access", "erasure", "rectification", "portability"] as const)
    expect(refusalReasonsFor("CCPA", { type })).toContain("identity_not_verified");
});
