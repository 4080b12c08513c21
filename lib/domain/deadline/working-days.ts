import { addDays, dayOfWeek, isWeekend, type LocalDate } from "./local-date";

export type NonWorkingReason = "saturday" | "sunday" | "holiday";

export interface NonWorkingDay {
  date: LocalDate;
  reason: NonWorkingReason;
  holidayName?: { en: string; fr: string };
}

/** Returns the holiday's names when `date` is a public holiday, else null. */
export type HolidayNames = (date: LocalDate) => { en: string; fr: string } | null;

/**
 * The n-th weekday (not a holiday per `isHoliday`) after `date`; the start day itself is not counted.
 */
export function addBusinessDays(
  date: LocalDate,
  n: number,
  isHoliday: (d: string) => boolean = () => false,
): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Business days must be a non-negative integer: ${n}`);
  let current = date;
  let remaining = n;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current) && !isHoliday(current)) remaining -= 1;
  }
  return current;
}

/** Rule 4: a period ending on a Saturday, Sunday or public holiday ends on the next working day. */
export function rollToWorkingDay(
  date: LocalDate,
  holidayNames: HolidayNames,
): { date: LocalDate; skipped: NonWorkingDay[] } {
  const skipped: NonWorkingDay[] = [];
  let current = date;
  for (;;) {
    const weekday = dayOfWeek(current);
    if (weekday === 6 || weekday === 0) {
      skipped.push({ date: current, reason: weekday === 6 ? "saturday" : "sunday" });
    } else {
      const holidayName = holidayNames(current);
      if (!holidayName) return { date: current, skipped };
      skipped.push({ date: current, reason: "holiday", holidayName });
    }
    current = addDays(current, 1);
  }
}

/** addBusinessDays that also reports the weekday holidays it skipped (for the explanation). */
export function addBusinessDaysNamed(
  date: LocalDate,
  n: number,
  holidayNames: HolidayNames,
): { date: LocalDate; skipped: NonWorkingDay[] } {
  const skipped: NonWorkingDay[] = [];
  const end = addBusinessDays(date, n, (d) => {
    const holidayName = holidayNames(d);
    if (holidayName && !isWeekend(d)) skipped.push({ date: d, reason: "holiday", holidayName });
    return holidayName !== null;
  });
  return { date: end, skipped };
}
