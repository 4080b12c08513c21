import { describe, expect, it } from "vitest";
import { staffMessages } from "./index";
import { objectionHint } from "./objection-hint";

describe("objectionHint", () => {
  it("cites each law's own objection provision, Art. 21(1) only under the GDPR and the UK GDPR", () => {
    const en = staffMessages("en");
    expect(objectionHint(en, "GDPR")).toContain("Art. 21(1)");
    expect(objectionHint(en, "UK_GDPR")).toContain("Art. 21(1)");
    expect(objectionHint(en, "LGPD")).toContain("LGPD art. 18 § 2");
    expect(objectionHint(en, "PIPEDA")).toContain("Principle 4.3.8");
    expect(objectionHint(en, "NFADP")).toContain("art. 30(2)(b)");
    for (const regime of ["LGPD", "PIPEDA", "NFADP", "US_VA"] as const)
      expect(objectionHint(en, regime)).not.toContain("21(1)");
    expect(objectionHint(staffMessages("fr"), "LGPD")).toContain("art. 18 § 2 de la LGPD");
  });
});
