import { describe, expect, it } from "vitest";
import { computeDeadline } from "./index";

const at = (iso: string) => new Date(iso);

/**
 * The 30 days and the "new date" of art. 18(1)-(2) OPDo (SR 235.11) are the right of access's (art. 25 nFADP;
 * portability by art. 22 OPDo). The staff explanation of a Swiss erasure said the person "must be notified"
 * of a new date — the access request's duty — for a claim (art. 32 nFADP) that has no time limit at all.
 */
describe("nFADP deadline explanation by right", () => {
  it("CH: the explanation cites art. 18(1)-(2) OPDo for access and portability only (art. 32 nFADP elsewhere)", () => {
    const receivedAt = at("2025-06-13T12:00:00+02:00");
    for (const requestType of ["access", "portability", undefined]) {
      const { explanation } = computeDeadline({ jurisdiction: "CH", receivedAt, requestType });
      expect(explanation.en.join(" "), String(requestType)).toContain("Article 18(1) of the Data Protection Ordinance");
      expect(explanation.en.join(" "), String(requestType)).toContain("(Article 18(2) OPDo)");
      expect(explanation.fr.join(" "), String(requestType)).toContain("(article 18, alinéa 2, OPDo)");
    }
    for (const requestType of ["rectification", "erasure", "objection", "restriction"]) {
      const result = computeDeadline({ jurisdiction: "CH", receivedAt, requestType });
      expect(result.dueDate).toBe("2025-07-13");
      const en = result.explanation.en.join(" ");
      const fr = result.explanation.fr.join(" ");
      expect(en, requestType).toContain("The nFADP sets no time limit for this request (Article 32 nFADP)");
      expect(fr, requestType).toContain("La nLPD ne fixe pas de délai pour cette demande (article 32 nLPD)");
      expect(en, requestType).not.toMatch(/18\(2\)|must be notified/);
      expect(fr, requestType).not.toMatch(/alinéa 2|doit être informée/);
    }
  });
});
