import { describe, expect, it } from "vitest";
import { toIntakeInput } from "./form-input";

const base = { fullName: "Ana", email: "ana@example.com", jurisdiction: "FR", acknowledge: "yes" };

describe("toIntakeInput", () => {
  it("maps every problem to the input that caused it", () => {
    const r = toIntakeInput(
      "rectification",
      "en",
      { email: "nope", jurisdiction: "XX", "row-1-field": "city" },
      3,
      "Scope",
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        acknowledge: "acknowledge",
        fullName: "required",
        email: "email",
        jurisdiction: "jurisdiction",
        "row-1-value": "row_value",
      },
    });
  });

  it("asks for at least one rectification row, a restriction ground, an objection scope", () => {
    expect(toIntakeInput("rectification", "en", base, 3, "Scope")).toMatchObject({ errors: { "row-0-field": "rows" } });
    expect(toIntakeInput("restriction", "en", base, 3, "Scope")).toMatchObject({
      errors: { restrictionGround: "ground" },
    });
    expect(toIntakeInput("objection", "fr", { ...base, objectionScope: "bogus" }, 3, "Périmètre")).toMatchObject({
      errors: { objectionScope: "objection" },
    });
  });

  it("skips empty rows and keeps the optional scope in the details", () => {
    const rows = toIntakeInput(
      "rectification",
      "en",
      { ...base, "row-2-field": "city", "row-2-value": "Lyon" },
      3,
      "Scope",
    );
    expect(rows).toMatchObject({ ok: true, input: { rectification: [{ field: "city", newValue: "Lyon" }] } });
    const scoped = toIntakeInput(
      "erasure",
      "en",
      { ...base, scope: "newsletter data", details: "Thanks" },
      3,
      "Which data?",
    );
    expect(scoped).toMatchObject({
      ok: true,
      input: { details: "Which data?: newsletter data\n\nThanks", type: "erasure", locale: "en" },
    });
  });

  it("never accepts a request without the privacy-notice acknowledgement", () => {
    expect(toIntakeInput("access", "en", { ...base, acknowledge: "" }, 3, "Scope")).toEqual({
      ok: false,
      errors: { acknowledge: "acknowledge" },
    });
  });

  it("refuses a right the law of the chosen residence does not grant, on the residence, in the visitor's language", () => {
    // PIPEDA (Canada) has no portability nor restriction; the nFADP (Switzerland) and the GDPR have both.
    expect(toIntakeInput("portability", "en", { ...base, jurisdiction: "CA" }, 3, "Scope")).toEqual({
      ok: false,
      errors: { jurisdiction: "not_granted" },
    });
    expect(
      toIntakeInput("restriction", "fr", { ...base, jurisdiction: "CA", restrictionGround: "legal_claims" }, 3, "P"),
    ).toEqual({ ok: false, errors: { jurisdiction: "not_granted" } });
    // Reported with the other problems, not instead of them; an unknown residence keeps its own error.
    expect(toIntakeInput("portability", "en", { ...base, jurisdiction: "US-CA", email: "x" }, 3, "S")).toMatchObject({
      errors: { email: "email" },
    });
    expect(
      toIntakeInput("objection", "en", { ...base, jurisdiction: "US-CA", email: "x", objectionScope: "other" }, 3, "S"),
    ).toEqual({
      ok: false,
      errors: { email: "email", jurisdiction: "not_granted" },
    });
    expect(toIntakeInput("portability", "en", { ...base, jurisdiction: "CH" }, 3, "Scope").ok).toBe(true);
    expect(
      toIntakeInput(
        "restriction",
        "en",
        { ...base, jurisdiction: "CH", restrictionGround: "accuracy_contested" },
        3,
        "S",
      ).ok,
    ).toBe(true);
    expect(
      toIntakeInput("objection", "en", { ...base, jurisdiction: "CA", objectionScope: "direct_marketing" }, 3, "S").ok,
    ).toBe(true);
  });
});
