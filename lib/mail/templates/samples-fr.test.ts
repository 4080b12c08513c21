import { describe, expect, it } from "vitest";
import { sampleParams } from "./samples";
import { SAMPLE_TEXT_FR } from "./samples-fr";
import type { TemplateName } from "./types";

describe("French previews' sample text", () => {
  it("replaces only fields the English sample has, each with other (French) words", () => {
    for (const [name, fields] of Object.entries(SAMPLE_TEXT_FR) as [TemplateName, Record<string, string>][]) {
      const en = sampleParams(name) as Record<string, unknown>;
      const fr = sampleParams(name, "fr") as Record<string, unknown>;
      for (const [field, text] of Object.entries(fields)) {
        expect(typeof en[field], `${name}.${field}`).toBe("string");
        expect(fr[field]).toBe(text);
        expect(fr[field]).not.toBe(en[field]);
      }
      expect(fr.reference).toBe(en.reference);
    }
    expect(sampleParams("extension_notice", "fr").reason).toMatch(/^Vos données/);
    expect(sampleParams("extension_notice").reason).toMatch(/^Your data/);
  });
});
