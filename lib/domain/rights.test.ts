import { describe, expect, it } from "vitest";
import { refusalReasonsFor } from "./refusal-grounds";
import { grantedAtResidence, rightsForRegime } from "./rights";

describe("grantedAtResidence: the one intake rule", () => {
  it("follows the law of the residence, not the controller's", () => {
    // GDPR (a French and a German resident) and UK GDPR: all six rights.
    for (const residence of ["FR", "DE", "GB"])
      for (const right of ["access", "rectification", "erasure", "portability", "restriction", "objection"])
        expect(grantedAtResidence(residence, right), `${residence} ${right}`).toBe(true);
  });

  it("PIPEDA (Canada): no portability, no restriction; objection as the withdrawal of consent (principle 4.3.8)", () => {
    expect(grantedAtResidence("CA", "portability")).toBe(false);
    expect(grantedAtResidence("CA", "restriction")).toBe(false);
    expect(grantedAtResidence("CA", "objection")).toBe(true);
    expect(grantedAtResidence("CA", "access")).toBe(true);
    expect(grantedAtResidence("CA", "erasure")).toBe(true);
  });

  it("nFADP (Switzerland): restriction through art. 32 al. 2 let. a and al. 3, besides the other five", () => {
    expect(rightsForRegime("NFADP")).toEqual(
      expect.arrayContaining(["access", "rectification", "erasure", "portability", "restriction", "objection"]),
    );
    expect(grantedAtResidence("CH", "restriction")).toBe(true);
  });

  it("CCPA (California): no GDPR restriction or objection, but its own opt-outs; another state's opt-out is not its", () => {
    expect(grantedAtResidence("US-CA", "restriction")).toBe(false);
    expect(grantedAtResidence("US-CA", "objection")).toBe(false);
    expect(grantedAtResidence("US-CA", "opt_out_sale")).toBe(true);
    expect(grantedAtResidence("US-CA", "opt_out_targeted_ads")).toBe(false);
    expect(grantedAtResidence("US-VA", "opt_out_targeted_ads")).toBe(true);
    expect(grantedAtResidence("FR", "opt_out_sale")).toBe(false);
  });

  it("reads the residence as the intake does (case, spaces); an unknown residence or right grants nothing", () => {
    expect(grantedAtResidence(" ca ", "portability")).toBe(false);
    expect(grantedAtResidence("ch", "restriction")).toBe(true);
    expect(grantedAtResidence("XX", "access")).toBe(false);
    expect(grantedAtResidence("FR", "teleportation")).toBe(false);
  });
});

describe("the refusal ground 'right not granted'", () => {
  it("is offered only for a request whose right the regime lacks", () => {
    expect(refusalReasonsFor("PIPEDA", { type: "portability" })).toContain("right_not_granted");
    expect(refusalReasonsFor("CCPA", { type: "restriction" })).toContain("right_not_granted");
    expect(refusalReasonsFor("PIPEDA", { type: "access" })).not.toContain("right_not_granted");
    expect(refusalReasonsFor("GDPR", { type: "portability" })).not.toContain("right_not_granted");
    expect(refusalReasonsFor("NFADP", { type: "restriction" })).not.toContain("right_not_granted");
    expect(refusalReasonsFor("GDPR")).not.toContain("right_not_granted");
  });
});
