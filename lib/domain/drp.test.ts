import { describe, expect, it } from "vitest";
import {
  denialReasonFor,
  DRP_DENIAL_REASONS,
  DRP_DETAILS,
  drpStatusOf,
  jurisdictionFromClaims,
  requestTypeForExercise,
  type DrpRequestFacts,
} from "./drp";
import { REFUSAL_REASONS, REQUEST_STATUSES } from "./vocabulary";

const base: DrpRequestFacts = {
  status: "new",
  refusalReasonCode: null,
  verifiedAt: new Date("2026-11-01T10:00:00Z"),
  dueDate: "2026-12-16",
  extended: false,
  revokedByAgent: false,
};

describe("drpStatusOf", () => {
  it("maps every lifecycle status to a protocol state", () => {
    const seen = REQUEST_STATUSES.map((status) => [status, drpStatusOf({ ...base, status }).status]);
    expect(Object.fromEntries(seen)).toEqual({
      unverified: "in_progress",
      new: "in_progress",
      in_progress: "in_progress",
      awaiting_subject: "in_progress",
      in_review: "in_progress",
      completed: "fulfilled",
      rejected: "denied",
      withdrawn: "revoked",
    });
  });

  it("asks for user verification while the consumer has not confirmed, with the due date as expected_by", () => {
    expect(drpStatusOf({ ...base, status: "unverified", verifiedAt: null })).toEqual({
      status: "in_progress",
      reason: "need_user_verification",
      expectedBy: "2026-12-16",
      details: "verification_needed",
    });
  });

  it("moves expected_by with the extension and says so in the details", () => {
    const v = drpStatusOf({ ...base, status: "in_progress", dueDate: "2027-01-30", extended: true });
    expect(v).toMatchObject({ status: "in_progress", reason: null, expectedBy: "2027-01-30", details: "extended" });
  });

  it("gives final states no expected_by", () => {
    expect(drpStatusOf({ ...base, status: "completed" }).expectedBy).toBeNull();
    expect(drpStatusOf({ ...base, status: "rejected", refusalReasonCode: "not_found" })).toMatchObject({
      status: "denied",
      reason: "no_match",
      expectedBy: null,
    });
  });

  it("tells an expired verification (denied / insuf_verification) from a revocation", () => {
    const expired = drpStatusOf({ ...base, status: "withdrawn", verifiedAt: null });
    expect(expired).toMatchObject({ status: "denied", reason: "insuf_verification" });
    const revoked = drpStatusOf({ ...base, status: "withdrawn", verifiedAt: null, revokedByAgent: true });
    expect(revoked).toMatchObject({ status: "revoked", reason: null });
    expect(drpStatusOf({ ...base, status: "withdrawn" }).status).toBe("revoked");
  });
});

describe("denial reasons", () => {
  it("maps every refusal ground to one of the protocol's fixed reasons", () => {
    for (const code of REFUSAL_REASONS) expect(DRP_DENIAL_REASONS).toContain(denialReasonFor(code));
    expect(denialReasonFor("identity_not_verified")).toBe("insuf_verification");
    expect(denialReasonFor("excessive")).toBe("too_many_requests");
    expect(denialReasonFor("exemption")).toBe("claim_not_covered");
    expect(denialReasonFor(null)).toBe("other");
  });
});

describe("exercises and residence", () => {
  it("maps the protocol's rights onto request types", () => {
    expect(requestTypeForExercise("sale:opt-out")).toBe("opt_out_sale");
    expect(requestTypeForExercise("deletion")).toBe("erasure");
    expect(requestTypeForExercise("access:specific")).toBe("access");
    expect(requestTypeForExercise("sale:opt-in")).toBeNull();
  });

  it("reads the residence from the address claim, else CCPA means California", () => {
    expect(jurisdictionFromClaims({ address: { country: "US", region: "ca" } })).toBe("US-CA");
    expect(jurisdictionFromClaims({ regime: "ccpa", address: { country: "US", region: "VA" } })).toBe("US-VA");
    expect(jurisdictionFromClaims({ regime: "ccpa" })).toBe("US-CA");
    expect(jurisdictionFromClaims({ address: { country: "FR" } })).toBe("FR");
    expect(jurisdictionFromClaims({})).toBeNull();
  });

  it("has every details text in French and English", () => {
    expect(Object.keys(DRP_DETAILS.fr).sort()).toEqual(Object.keys(DRP_DETAILS.en).sort());
  });
});
