import { describe, expect, it } from "vitest";
import { grantedAtResidence } from "../rights";
import { computeDeadline } from "./index";

// LGPD art. 19: "I - em formato simplificado, imediatamente; ou II - por meio de declaração clara e completa ...
// no prazo de até 15 (quinze) dias". The product reads "imediatamente" as the day of receipt.
describe("LGPD confirmation of processing (art. 18 I, art. 19 I)", () => {
  const receivedAt = new Date("2026-12-03T22:30:00Z");

  it("is due the day of receipt in the controller's zone, with no extension, and says why", () => {
    // 22:30 UTC is 23:30 in Paris: still 3 December there.
    const r = computeDeadline({ jurisdiction: "BR", controller: "FR", receivedAt, requestType: "confirmation" });
    expect(r.dueDate).toBe("2026-12-03");
    expect(r.extendedDueDate).toBeNull();
    expect(r.explanation.en.join(" ")).toContain("LGPD art. 19 I: a simplified confirmation is given immediately");
    expect(r.explanation.en.join(" ")).not.toContain("The day of receipt is not counted");
    expect(r.explanation.fr.join(" ")).toContain("la confirmation simplifiée est donnée immédiatement");
    expect(() =>
      computeDeadline({
        jurisdiction: "BR",
        controller: "FR",
        receivedAt,
        requestType: "confirmation",
        extended: true,
      }),
    ).toThrow();
  });

  it("runs from the e-mail confirmation when one was asked for: due the day it comes", () => {
    const identityReceivedAt = new Date("2026-12-05T09:00:00Z");
    const r = computeDeadline({
      jurisdiction: "BR",
      controller: "FR",
      receivedAt,
      requestType: "confirmation",
      identityReceivedAt,
    });
    expect(r.dueDate).toBe("2026-12-05");
    expect(r.explanation.en.join(" ")).toContain("we answer on the day the e-mail address is confirmed");
    expect(r.explanation.en.join(" ")).not.toContain("UK GDPR");
    // An LGPD access does not wait for the identity: 15 days from receipt.
    const access = computeDeadline({ jurisdiction: "BR", controller: "FR", receivedAt, identityReceivedAt });
    expect(access.dueDate).toBe("2026-12-18");
  });

  it("leaves the complete declaration (access) at 15 days", () => {
    const r = computeDeadline({ jurisdiction: "BR", controller: "FR", receivedAt, requestType: "access" });
    expect(r.dueDate).toBe("2026-12-18");
  });

  it("is a right of the LGPD only", () => {
    expect(grantedAtResidence("BR", "confirmation")).toBe(true);
    for (const residence of ["FR", "GB", "CA", "CH", "US-CA", "US-VA"])
      expect(grantedAtResidence(residence, "confirmation"), residence).toBe(false);
  });
});
