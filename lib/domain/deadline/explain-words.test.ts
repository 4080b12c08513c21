import { describe, expect, it } from "vitest";
import { computeDeadline } from "./index";

/** Words of the deadline explanation that read wrong: "les 1 jour de suspension", "the holidays of GB". */
describe("deadline explanation wording", () => {
  it("one day of clock stop reads 'the day' / 'le jour', several their number", () => {
    const one = computeDeadline({
      jurisdiction: "FR",
      receivedAt: new Date("2025-06-13T10:00:00+02:00"),
      pauses: [{ from: new Date("2025-06-20T09:00:00+02:00"), to: new Date("2025-06-21T09:00:00+02:00") }],
    });
    expect(one.explanation.fr.join(" ")).toContain("En ajoutant le jour de suspension");
    expect(one.explanation.en.join(" ")).toContain("Adding the day of clock stop");
    expect(one.explanation.fr.join(" ")).not.toMatch(/les 1 jour/);
  });

  it("names the UK calendar as England and Wales's, not 'GB'", () => {
    const uk = computeDeadline({ jurisdiction: "GB", receivedAt: new Date("2026-12-24T10:00:00Z") });
    expect(uk.explanation.en).toContain(
      "Public holidays are those of England and Wales (GB), where the controller is established.",
    );
    expect(uk.explanation.fr.join(" ")).toContain("ceux de l'Angleterre et du pays de Galles (GB)");
  });
});
