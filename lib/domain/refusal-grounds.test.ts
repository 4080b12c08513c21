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
