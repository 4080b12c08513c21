import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { minimalEnv } from "@/scripts/test-support/minimal-env";
import { confirmationQuery, signedConfirmation } from "./confirmation-link";

const saved = { ...process.env };
beforeAll(() => {
  process.env = minimalEnv({ AUTH_SECRET: "s".repeat(40) });
  resetEnvCache();
});
afterAll(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const facts = {
  request: "8d1f0b5e-6c55-4f7e-9a43-0e1a2b3c4d5e",
  ref: "DSR-2026-000123",
  due: "2027-01-04",
  res: "GB",
  type: "access",
};
const parsed = (q: string) => Object.fromEntries(new URLSearchParams(q));

describe("the confirmation page's signed link", () => {
  it("gives back what the form's redirect signed", () => {
    expect(signedConfirmation(parsed(confirmationQuery(facts)))).toEqual(facts);
  });

  it("states nothing from a changed or unsigned link (a forged 'we will answer by 1 January 2030')", () => {
    const q = parsed(confirmationQuery(facts));
    expect(signedConfirmation({ ...q, due: "2030-01-01" })).toBeNull();
    expect(signedConfirmation({ ...q, res: "US-CA" })).toBeNull();
    expect(signedConfirmation({ ...q, sig: undefined })).toBeNull();
    expect(signedConfirmation({ ...facts })).toBeNull();
  });
});
