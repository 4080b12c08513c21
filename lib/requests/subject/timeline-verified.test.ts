import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { verifiedStepKind } from "./timeline";

/**
 * The status page's "verified" step says who did it. A person whose identity staff checked by phone (a letter
 * entered by an agent) or whose opt-out needed no verification never confirmed an e-mail address: the page
 * told them "You confirmed your e-mail address".
 */
describe("the status page's verified step", () => {
  it("is the person's e-mail confirmation only when the person did it", () => {
    expect(verifiedStepKind("subject")).toBe("confirmed");
    expect(verifiedStepKind("staff")).toBe("identity_checked");
    expect(verifiedStepKind("api_key")).toBe("identity_checked");
    expect(verifiedStepKind("system")).toBe("accepted");
  });

  it.each(["en", "fr"] as const)(
    "%s: staff's check and an opt-out never claim the person confirmed an e-mail",
    (locale) => {
      const steps = messages(locale).status.steps;
      for (const kind of ["identity_checked", "accepted"] as const) {
        expect(steps[kind]).toBeTruthy();
        expect(steps[kind]).not.toMatch(/e-mail|You confirmed|Vous avez confirmé/);
      }
      expect(steps.confirmed).toMatch(/e-mail/);
    },
  );
});
