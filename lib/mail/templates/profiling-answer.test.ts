import { describe, expect, it } from "vitest";
import { renderMail, sampleCompletionResult, sampleParams } from "./index";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";

/** The completion mail of a profiling decision questioned (Minn. Stat. § 325M.14, subd. 1(g)). */
describe("completion of a profiling decision questioned", () => {
  const answer = sampleCompletionResult("profiling_answer");
  const params = (locale: "en" | "fr", howToChange: string | null, reevaluation = answer.reevaluation) => ({
    ...sampleParams("completion"),
    type: "question_profiling" as const,
    regime: "US_MN" as const,
    residence: "US-MN",
    locale,
    summary: undefined,
    result: {
      kind: "package" as const,
      availableUntil: "2026-12-31",
      maxDownloads: 5,
      excludedRecords: 0,
      answer: { reason: answer.reason, howToChange, reevaluation },
    },
  });

  it("gives the reason, what could change the decision, the re-evaluation and the data to download, in each language", async () => {
    const en = (await renderMail("completion", "en", params("en", answer.howToChange), brand)).text.replace(
      /\s+/g,
      " ",
    );
    expect(en).toContain("Why the profiling led to this decision");
    expect(en).toContain(answer.reason);
    expect(en).toContain("What could lead to a different decision");
    expect(en).toContain(answer.howToChange!);
    expect(en).toContain("found it accurate, so the decision stands");
    expect(en).toContain("Your data is ready to download on your request page.");
    expect(en).toContain("MCDPA, Minn. Stat. § 325M.14, subd. 1(g)");

    const fr = (await renderMail("completion", "fr", params("fr", null, "corrected_changed"), brand)).text.replace(
      /\s+/g,
      " ",
    );
    expect(fr).toContain("Pourquoi le profilage a conduit à cette décision");
    expect(fr).toContain("La décision a changé");
    // "If feasible" only: without it, no heading promising it.
    expect(fr).not.toContain("Ce qui pourrait conduire à une autre décision");
  });
});
