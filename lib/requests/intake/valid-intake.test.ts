import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { validIntake } from "./valid-intake";

const body = (type: string, jurisdiction: string, extra: Record<string, unknown> = {}) => ({
  type,
  jurisdiction,
  email: "robin@example.net",
  fullName: "Robin",
  locale: "en",
  ...extra,
});

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error("not refused");
}

describe("validIntake: a right the law of the residence does not grant", () => {
  it("is a 422 right_not_granted on the field `type` from the portal, the API and agents", () => {
    for (const channel of ["portal", "api", "agent"] as const) {
      const err = refusal(() => validIntake(body("portability", "CA"), channel));
      expect(err.code).toBe("right_not_granted");
      expect(err.status).toBe(422);
      expect(err.fields?.type).toMatch(
        /^is not a right under the law of CA \(PIPEDA\); it grants: access, rectification, erasure, objection$/,
      );
    }
  });

  it("is recorded from the staff channels (a letter is still answered), marked not granted", () => {
    for (const channel of ["letter", "phone", "email"] as const) {
      const v = validIntake(body("restriction", "US-CA", { restrictionGround: "legal_claims" }), channel);
      expect(v).toMatchObject({ granted: false, jurisdiction: "US-CA", optOut: false });
    }
  });

  it("an opt-out the law does not grant is refused on every channel (it is executed at intake)", () => {
    expect(refusal(() => validIntake(body("opt_out_targeted_ads", "US-CA"), "letter")).code).toBe("right_not_granted");
    expect(refusal(() => validIntake(body("opt_out_sale", "FR"), "api")).status).toBe(422);
  });

  it("passes what the law grants, on every channel", () => {
    expect(validIntake(body("restriction", "CH", { restrictionGround: "accuracy_contested" }), "api").granted).toBe(
      true,
    );
    expect(validIntake(body("objection", "CA", { objectionScope: "direct_marketing" }), "portal").granted).toBe(true);
    expect(validIntake(body("portability", "FR"), "letter").granted).toBe(true);
  });
});

describe("validIntake: a profiling decision questioned", () => {
  it("needs the decision in `details`, and only Minnesota and Connecticut grant it", () => {
    expect(() => validIntake(body("question_profiling", "US-MN"), "portal")).toThrow(/say which decision you question/);
    expect(validIntake(body("question_profiling", "US-MN", { details: "Loan refused" }), "portal").input.type).toBe(
      "question_profiling",
    );
    expect(validIntake(body("question_profiling", "US-CT", { details: "Rent refused" }), "api").input.type).toBe(
      "question_profiling",
    );
    expect(refusal(() => validIntake(body("question_profiling", "US-VA", { details: "x" }), "portal")).code).toBe(
      "right_not_granted",
    );
    expect(refusal(() => validIntake(body("question_profiling", "FR", { details: "x" }), "api")).code).toBe(
      "right_not_granted",
    );
  });
});
