import { describe, expect, it } from "vitest";
import { refusalReasonText } from "./format";

/**
 * Art. 21(1) GDPR: after an objection to processing based on legitimate interests, the controller may go on
 * only if it demonstrates compelling legitimate grounds overriding the person's interests, rights and
 * freedoms, or for legal claims. A refused objection used to read "We are not able to act on your request".
 */
describe("refusal of an objection on compelling legitimate grounds", () => {
  it("says what Art. 21(1) requires, in English and French", () => {
    const en = refusalReasonText("compelling_grounds", "en");
    expect(en).toContain("compelling legitimate grounds");
    expect(en).toContain("override your interests, rights and freedoms");
    expect(en).toContain("legal claims");
    expect(en).toContain("Article 21(1)");
    const fr = refusalReasonText("compelling_grounds", "fr");
    expect(fr).toContain("motifs légitimes et impérieux");
    expect(fr).toContain("prévalent sur vos intérêts, droits et libertés");
    expect(fr).toContain("droits en justice");
    expect(fr).toContain("article 21, paragraphe 1");
  });
});
