import { describe, expect, it } from "vitest";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "./index";

/** The fulfilment panel's French counts read "1 terminées" and "1 ignorées": the count now follows its word. */
describe("fulfilment counts in French", () => {
  it("need no agreement with the number", () => {
    const w = staffMessages("fr").fulfilment;
    const line = fill(w.countsTotal, { total: 4, done: 1 }) + fill(w.skipped, { n: 1 }) + fill(w.running, { n: 2 });
    expect(line).toBe("4 tâches (une par étape et par système) — terminées : 1, ignorées : 1, en cours : 2");
    expect(line).not.toMatch(/\b1 (terminées|ignorées)/);
  });
});
