import { describe, expect, it } from "vitest";
import { computeDeadline } from "./compute";

describe("opt-out deadline (11 CCR § 7026(f), § 7027(g))", () => {
  it("counts 15 California business days, skipping Veterans Day and Thanksgiving, with no extension", () => {
    const d = computeDeadline({
      jurisdiction: "US-CA",
      controller: "FR",
      timeZone: "Europe/Paris",
      receivedAt: new Date("2025-11-05T10:00:00Z"),
      requestType: "opt_out_sale",
    });
    // Nov 6-7, 10, (11 Veterans Day), 12-14, 17-21, 24-26, (27 Thanksgiving), 28.
    expect(d.dueDate).toBe("2025-11-28");
    expect(d.firstDueDate).toBe("2025-11-28");
    expect(d.extendedDueDate).toBeNull();
    expect(d.clockStopAllowed).toBe(false);
    expect(d.explanation.en.join(" ")).toMatch(/15 business days.*Veterans Day.*Thanksgiving/);
    expect(d.explanation.fr.join(" ")).toMatch(/15 jours ouvrables/);
  });

  it("is the same clock for limit_sensitive and refuses an extension", () => {
    const base = {
      jurisdiction: "US-CA",
      receivedAt: new Date("2025-11-05T18:00:00Z"),
      requestType: "limit_sensitive",
    };
    expect(computeDeadline(base).dueDate).toBe("2025-11-28");
    expect(() => computeDeadline({ ...base, extended: true })).toThrow(/No extension/);
  });

  it("leaves the other types on their regime's clock", () => {
    const d = computeDeadline({
      jurisdiction: "US-CA",
      receivedAt: new Date("2025-11-05T18:00:00Z"),
      requestType: "access",
    });
    expect(d.dueDate).toBe("2025-12-20");
  });
});
