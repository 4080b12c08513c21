import { describe, expect, it } from "vitest";
import { appealDecisionMessage, appealExtensionMessage } from "./action-words";

describe("appeal action answers", () => {
  it("are in the member's language", () => {
    expect(appealDecisionMessage(true, "fr")).toBe("Décision enregistrée ; la personne est prévenue.");
    expect(appealDecisionMessage(false, "fr")).toBe("Cet appel avait déjà été tranché.");
    expect(appealDecisionMessage(true, "en")).toBe("Decision recorded; the person is told.");
  });
  it("write the new decision date as the panels do, its zone named", () => {
    expect(appealExtensionMessage({ extended: true, decideBy: "2027-03-01" }, "fr", "America/Denver")).toBe(
      "Date de décision reportée au 1er mars 2027 (America/Denver) ; la personne est prévenue.",
    );
    expect(appealExtensionMessage({ extended: true, decideBy: "2026-03-04" }, "en", "Europe/Paris")).toBe(
      "Decision date moved to 4 Mar 2026 (Europe/Paris); the person is told.",
    );
    expect(appealExtensionMessage({ extended: false }, "en", "Europe/Paris")).toBe("This appeal was already extended.");
  });
});
