import { describe, expect, it } from "vitest";
import { addBusinessDays, rollToWorkingDay } from "./working-days";

describe("addBusinessDays", () => {
  it("counts weekdays from the day after the start date", () => {
    expect(addBusinessDays("2025-06-13", 10)).toBe("2025-06-27"); // Friday → Friday two weeks later
    expect(addBusinessDays("2025-06-14", 1)).toBe("2025-06-16"); // Saturday → Monday
    expect(addBusinessDays("2025-06-13", 0)).toBe("2025-06-13");
  });

  it("skips holidays when given a predicate", () => {
    expect(addBusinessDays("2025-07-10", 2, (d) => d === "2025-07-14")).toBe("2025-07-15");
  });

  it("rejects negative or fractional counts", () => {
    expect(() => addBusinessDays("2025-06-13", -1)).toThrow(RangeError);
    expect(() => addBusinessDays("2025-06-13", 1.5)).toThrow(RangeError);
  });
});

describe("rollToWorkingDay", () => {
  const bastilleDay = (d: string) => (d === "2025-07-14" ? { en: "Bastille Day", fr: "Fête nationale" } : null);

  it("leaves a working day alone", () => {
    expect(rollToWorkingDay("2025-07-15", bastilleDay)).toEqual({ date: "2025-07-15", skipped: [] });
  });

  it("repeats until a working day, recording why each day was skipped", () => {
    const rolled = rollToWorkingDay("2025-07-12", bastilleDay);
    expect(rolled.date).toBe("2025-07-15");
    expect(rolled.skipped.map((s) => s.reason)).toEqual(["saturday", "sunday", "holiday"]);
  });
});
