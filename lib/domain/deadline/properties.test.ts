import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline, daysBetween, listJurisdictions } from "./index";

// Independent oracle: date-holidays queried directly, not through the engine's cache.
const GDPR_CODES = listJurisdictions()
  .filter((j) => j.regime === "GDPR" || j.regime === "UK_GDPR")
  .map((j) => j.code);

const oracles = new Map<string, Set<string>>();
function isPublicHoliday(code: string, date: string): boolean {
  const key = `${code}/${date.slice(0, 4)}`;
  let days = oracles.get(key);
  if (!days) {
    const calendar = code === "GB" ? new Holidays("GB", "ENG") : new Holidays(code);
    days = new Set(
      calendar
        .getHolidays(Number(date.slice(0, 4)))
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10)),
    );
    oracles.set(key, days);
  }
  return days.has(date);
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
const instant = fc.date({
  min: new Date("2015-01-01T00:00:00Z"),
  max: new Date("2040-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const code = fc.constantFrom(...GDPR_CODES);
const DAY = 86_400_000;

// Each first call per jurisdiction loads its holiday rules: slow on a loaded machine, so a generous timeout.
describe("GDPR deadline properties", { timeout: 30_000 }, () => {
  it("never falls on a weekend or public holiday, and is at least 28 days after receipt", () => {
    fc.assert(
      fc.property(code, instant, fc.boolean(), (jurisdiction, receivedAt, extended) => {
        const result = computeDeadline({ jurisdiction, receivedAt, extended });
        for (const due of [result.firstDueDate, result.extendedDueDate ?? result.firstDueDate]) {
          expect(isWeekend(due)).toBe(false);
          expect(isPublicHoliday(jurisdiction, due)).toBe(false);
        }
        expect(daysBetween(result.receivedDate, result.firstDueDate)).toBeGreaterThanOrEqual(28);
      }),
    );
  });

  it("never moves earlier when receipt moves later", () => {
    fc.assert(
      fc.property(code, instant, fc.integer({ min: 0, max: 40 * DAY }), (jurisdiction, receivedAt, laterBy) => {
        const earlier = computeDeadline({ jurisdiction, receivedAt });
        const later = computeDeadline({ jurisdiction, receivedAt: new Date(receivedAt.getTime() + laterBy) });
        expect(later.firstDueDate >= earlier.firstDueDate).toBe(true);
        expect(later.extendedDueDate! >= earlier.extendedDueDate!).toBe(true);
      }),
    );
  });

  it("never moves earlier when a pause gets longer", () => {
    fc.assert(
      fc.property(
        code,
        instant,
        fc.integer({ min: 0, max: 20 * DAY }),
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.integer({ min: 0, max: 30 * DAY }),
        (jurisdiction, receivedAt, startAfter, shortLength, extra) => {
          const from = new Date(receivedAt.getTime() + startAfter);
          const pause = (length: number) => [{ from, to: new Date(from.getTime() + length) }];
          const shorter = computeDeadline({ jurisdiction, receivedAt, pauses: pause(shortLength) });
          const longer = computeDeadline({ jurisdiction, receivedAt, pauses: pause(shortLength + extra) });
          expect(longer.pausedDays).toBeGreaterThanOrEqual(shorter.pausedDays);
          expect(longer.firstDueDate >= shorter.firstDueDate).toBe(true);
          expect(longer.extendedDueDate! >= shorter.extendedDueDate!).toBe(true);
        },
      ),
    );
  });

  it("extended deadline is never before the first deadline, and dueDate follows the flag", () => {
    fc.assert(
      fc.property(code, instant, (jurisdiction, receivedAt) => {
        const first = computeDeadline({ jurisdiction, receivedAt });
        const extended = computeDeadline({ jurisdiction, receivedAt, extended: true });
        expect(first.extendedDueDate! >= first.firstDueDate).toBe(true);
        expect(first.dueDate).toBe(first.firstDueDate);
        expect(extended.dueDate).toBe(first.extendedDueDate);
        expect(first.extensionNoticeBy).toBe(first.firstDueDate);
      }),
    );
  });
});
