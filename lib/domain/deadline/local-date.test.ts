import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonthsClamped,
  dayOfWeek,
  daysBetween,
  instantOnLocalDate,
  isValidLocalDate,
  localDateOf,
} from "./local-date";

describe("local dates", () => {
  it("validates YYYY-MM-DD including month lengths and leap years", () => {
    expect(isValidLocalDate("2024-02-29")).toBe(true);
    expect(isValidLocalDate("2025-02-29")).toBe(false);
    expect(isValidLocalDate("2025-13-01")).toBe(false);
    expect(isValidLocalDate("2025-6-1")).toBe(false);
  });

  it("adds months with the last-day-of-month rule instead of JS Date overflow", () => {
    expect(addMonthsClamped("2025-01-31", 1)).toEqual({ date: "2025-02-28", clamped: true });
    expect(addMonthsClamped("2024-01-31", 1)).toEqual({ date: "2024-02-29", clamped: true });
    expect(addMonthsClamped("2025-06-13", 1)).toEqual({ date: "2025-07-13", clamped: false });
    expect(addMonthsClamped("2025-11-30", 3)).toEqual({ date: "2026-02-28", clamped: true });
    expect(addMonthsClamped("2025-12-15", 1)).toEqual({ date: "2026-01-15", clamped: false });
  });

  it("counts calendar days across DST changes and years", () => {
    expect(daysBetween("2025-06-20", "2025-06-25")).toBe(5);
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(daysBetween("2024-12-31", "2025-01-01")).toBe(1);
    expect(daysBetween("2025-06-25", "2025-06-20")).toBe(-5);
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-06-13", 45)).toBe("2025-07-28");
  });

  it("knows weekdays", () => {
    expect(dayOfWeek("2025-07-13")).toBe(0);
    expect(dayOfWeek("2025-06-13")).toBe(5);
  });

  it("takes the calendar date in the controller's zone", () => {
    expect(localDateOf(new Date("2025-03-30T22:30:00Z"), "Europe/Paris")).toBe("2025-03-31");
    expect(localDateOf(new Date("2025-06-14T05:00:00Z"), "America/Los_Angeles")).toBe("2025-06-13");
    expect(localDateOf(new Date("2025-12-31T23:30:00Z"), "Europe/London")).toBe("2025-12-31");
  });

  it("finds an instant on a given local date in any zone", () => {
    for (const zone of ["Europe/Paris", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      expect(localDateOf(instantOnLocalDate("2025-03-30", zone), zone)).toBe("2025-03-30");
    }
  });
});
