import { describe, expect, it } from "vitest";
import { dataPointMessages } from "@/lib/i18n/messages/data-points";
import { declarationRequired } from "./match-data-points";

/**
 * 11 CCR § 7062(c): a request to know specific pieces of personal information is verified by 3 matching data
 * points "together with a signed declaration under penalty of perjury". The portal asked for the 3 points only.
 */
describe("CCPA verification of a request for specific pieces (11 CCR § 7062(c))", () => {
  it("is required for specific pieces (access, portability), not for a deletion (§ 7062(d))", () => {
    expect(declarationRequired("access")).toBe(true);
    expect(declarationRequired("portability")).toBe(true);
    expect(declarationRequired("erasure")).toBe(false);
  });

  it.each(["en", "fr"] as const)("%s: the form's declaration says penalty of perjury and cites § 7062(c)", (locale) => {
    const t = dataPointMessages(locale);
    expect(t.declaration).toMatch(locale === "fr" ? /sous peine de parjure/ : /under penalty of perjury/);
    expect(t.declaration).toMatch(/Californi/);
    expect(t.declarationHint).toContain("§ 7062(c)");
  });
});
