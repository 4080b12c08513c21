import { describe, expect, it } from "vitest";
import { US_STATE_LAWS } from "../us-states";
import { appealSentence } from "./us-states";

/**
 * What a refusal (and the status page) says the appeal will bring. Colorado: the controller informs the consumer
 * of their ability to contact the Attorney General "if the consumer has concerns about the result of the appeal"
 * (C.R.S. § 6-1-1306(3)(c)), whatever the result; Virginia's model only when the appeal is denied.
 */
describe("appeal sentence: when the Attorney General is named", () => {
  it("Colorado: whatever the decision", () => {
    expect(appealSentence(US_STATE_LAWS.CO, "en")).toContain(
      "whatever we decide, we tell you how to contact the Colorado Attorney General",
    );
    expect(appealSentence(US_STATE_LAWS.CO, "en")).not.toContain("if we deny it");
    expect(appealSentence(US_STATE_LAWS.CO, "fr")).toContain("quelle que soit notre décision");
    expect(appealSentence(US_STATE_LAWS.CO, "fr")).not.toContain("si nous le rejetons");
  });

  it("Virginia and the others without that rule: on a denial", () => {
    for (const law of Object.values(US_STATE_LAWS).filter((l) => l.appeal && !l.appeal.attorneyGeneralOnAnyResult)) {
      expect(appealSentence(law, "en")).toContain("if we deny it, we tell you how to complain");
      expect(appealSentence(law, "fr")).toContain("si nous le rejetons");
    }
  });
});
