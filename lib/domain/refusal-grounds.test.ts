import { expect, it } from "vitest";
import { refusalReasonsFor } from "./refusal-grounds";

it("offers 'manifestly unfounded' and 'excessive' only where the law has those grounds", () => {
  for (const regime of ["GDPR", "UK_GDPR", "CCPA", "NFADP", "US_VA"] as const)
    expect(refusalReasonsFor(regime)).toEqual(expect.arrayContaining(["manifestly_unfounded", "excessive"]));
  for (const regime of ["PIPEDA", "LGPD"] as const) {
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
