import { describe, expect, it } from "vitest";
import { US_STATE_LAWS } from "../us-states";
import { appealDeniedRoute } from "./us-states";

/**
 * The appeal denial names the provision that requires the Attorney General route, not the one that sets the
 * decision time: Colorado C.R.S. § 6-1-1306(3)(c) (not (3)(b)), Texas § 541.053(c) (not (b), the 60 days).
 */
describe("appeal denied: the Attorney General route's own provision", () => {
  it("Colorado", () => {
    for (const locale of ["en", "fr"] as const) {
      const text = appealDeniedRoute(US_STATE_LAWS.CO, locale);
      expect(text).toContain("§ 6-1-1306(3)(c)");
      expect(text).not.toContain("(3)(b)");
    }
  });
  it("Texas", () => {
    for (const locale of ["en", "fr"] as const) {
      const text = appealDeniedRoute(US_STATE_LAWS.TX, locale);
      expect(text).toContain("§ 541.053(c)");
      expect(text).not.toContain("541.053(b)");
    }
  });
  it("every state with an appeal: the record's Attorney General cite", () => {
    for (const law of Object.values(US_STATE_LAWS).filter((l) => l.appeal))
      expect(appealDeniedRoute(law, "en")).toContain(law.attorneyGeneral.cite);
  });
});
