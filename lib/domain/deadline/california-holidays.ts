import Holidays from "date-holidays";
import { addDays, dayOfWeek, daysInMonth, formatLocalDate, type LocalDate } from "./local-date";
import type { HolidayNames } from "./working-days";

/**
 * California state holidays for counting CCPA "business days" (11 CCR § 7021(a)): Cal. Civ. Code § 7
 * makes the Government Code's holidays the holidays of the Civil Code, and § 9 every other day a
 * business day. We follow Cal. Gov. Code § 6700(a) (text as amended through 2024) and § 6701, and
 * count weekdays only (Saturday is not a business day for this product).
 *
 * Included (whole days): Jan 1; 3rd Monday in Jan (Dr. Martin Luther King, Jr. Day); Lunar New Year
 * (from 2025); Feb 12 (Lincoln Day); 3rd Monday in Feb; Mar 31 (Cesar Chavez Day); Apr 24 (Genocide
 * Remembrance Day, from 2025); last Monday in May; Jun 19 (Juneteenth, from 2023); Jul 4; 1st Monday in
 * Sep; Sep 9 (Admission Day); 4th Friday in Sep (Native American Day); 2nd Monday in Oct (Columbus
 * Day); Nov 11 (Veterans Day); Thanksgiving (4th Thursday in Nov, "appointed by the President",
 * § 6700(a)(17)); Dec 25. § 6701: Jan 1, Feb 12, Mar 31, Jul 4, Sep 9, Nov 11 and Dec 25 falling on a
 * Sunday move to the Monday; Nov 11 on a Saturday moves to the Friday.
 * Not included: Good Friday (a holiday from noon to 3 p.m. only, § 6700(a)(16): the day stays a
 * business day); the day after Thanksgiving (a state-employee holiday under Gov. Code § 19853, not a
 * § 6700 holiday); Saturday→Friday observance of the other days (date-holidays' US-CA set applies it,
 * § 6701 does not). date-holidays' US-CA set also lacks Lincoln Day, Admission Day, Native American
 * Day, Columbus Day, Lunar New Year and Genocide Remembrance Day, hence this table.
 * The "from" years of the 2024 additions are our reading of the amending acts, not confirmed.
 * Diwali (AB 268, Stats. 2025, ch. 358, in force 1 January 2026: "the 15th day of the month of Kartik in the Hindu
 * lunar calendar") has no rule date-holidays can compute, so its dates are listed (Lakshmi Puja, the new moon of
 * Kartik, as Indian almanacs give them); a year not listed has no Diwali here, which can only make a deadline
 * earlier, never later. § 6701 does not move it (it names fixed dates only).
 */

type Names = { en: string; fr: string };

function nthWeekday(year: number, month: number, weekday: number, n: number): LocalDate {
  let date = formatLocalDate({ year, month, day: 1 });
  while (dayOfWeek(date) !== weekday) date = addDays(date, 1);
  return addDays(date, 7 * (n - 1));
}

function lastWeekday(year: number, month: number, weekday: number): LocalDate {
  let date = formatLocalDate({ year, month, day: daysInMonth(year, month) });
  while (dayOfWeek(date) !== weekday) date = addDays(date, -1);
  return date;
}

const MONDAY = 1;
const THURSDAY = 4;
const FRIDAY = 5;

const lunar = new Holidays();
lunar.setHoliday("chinese 01-0-01", { name: { en: "Lunar New Year" }, type: "public" });

/** Fixed-date holidays with § 6701's Sunday → Monday rule (and Veterans Day's Saturday → Friday). */
const FIXED: { month: number; day: number; names: Names; since?: number; substitute: boolean }[] = [
  { month: 1, day: 1, names: { en: "New Year's Day", fr: "Jour de l'an" }, substitute: true },
  { month: 2, day: 12, names: { en: "Lincoln Day", fr: "Lincoln Day" }, substitute: true },
  { month: 3, day: 31, names: { en: "Cesar Chavez Day", fr: "Cesar Chavez Day" }, substitute: true },
  {
    month: 4,
    day: 24,
    names: { en: "Genocide Remembrance Day", fr: "Genocide Remembrance Day" },
    since: 2025,
    substitute: false,
  },
  { month: 6, day: 19, names: { en: "Juneteenth", fr: "Juneteenth" }, since: 2023, substitute: false },
  { month: 7, day: 4, names: { en: "Independence Day", fr: "Fête de l'indépendance" }, substitute: true },
  { month: 9, day: 9, names: { en: "Admission Day", fr: "Admission Day" }, substitute: true },
  { month: 11, day: 11, names: { en: "Veterans Day", fr: "Veterans Day" }, substitute: true },
  { month: 12, day: 25, names: { en: "Christmas Day", fr: "Noël" }, substitute: true },
];

function holidaysOfYear(year: number): Map<LocalDate, Names> {
  const days = new Map<LocalDate, Names>();
  const add = (date: LocalDate, names: Names) => {
    const existing = days.get(date);
    days.set(date, existing ? { en: `${existing.en} / ${names.en}`, fr: `${existing.fr} / ${names.fr}` } : names);
  };
  for (const f of FIXED) {
    if (f.since && year < f.since) continue;
    const date = formatLocalDate({ year, month: f.month, day: f.day });
    add(date, f.names);
    if (f.substitute && dayOfWeek(date) === 0) add(addDays(date, 1), f.names);
    if (f.month === 11 && dayOfWeek(date) === 6) add(addDays(date, -1), f.names);
  }
  add(nthWeekday(year, 1, MONDAY, 3), { en: "Dr. Martin Luther King, Jr. Day", fr: "Martin Luther King Day" });
  add(nthWeekday(year, 2, MONDAY, 3), { en: "Presidents' Day", fr: "Presidents' Day" });
  add(lastWeekday(year, 5, MONDAY), { en: "Memorial Day", fr: "Memorial Day" });
  add(nthWeekday(year, 9, MONDAY, 1), { en: "Labor Day", fr: "Fête du travail" });
  add(nthWeekday(year, 9, FRIDAY, 4), { en: "Native American Day", fr: "Native American Day" });
  add(nthWeekday(year, 10, MONDAY, 2), { en: "Columbus Day", fr: "Columbus Day" });
  add(nthWeekday(year, 11, THURSDAY, 4), { en: "Thanksgiving Day", fr: "Thanksgiving" });
  if (year >= 2025) {
    for (const h of lunar.getHolidays(year))
      add(h.date.slice(0, 10), { en: "Lunar New Year", fr: "Nouvel An lunaire" });
  }
  for (const date of DIWALI) if (date.startsWith(`${year}-`)) add(date, { en: "Diwali", fr: "Diwali" });
  return days;
}

/** Diwali from 2026 (AB 268); extend the list as almanacs publish the dates. */
const DIWALI: readonly LocalDate[] = ["2026-11-08", "2027-10-29", "2028-10-17", "2029-11-05", "2030-10-26"];

const cache = new Map<number, Map<LocalDate, Names>>();

/** California state holidays (Gov. Code §§ 6700-6701) as a lookup for business-day counting. */
export const californiaHolidayNames: HolidayNames = (date) => {
  const year = Number(date.slice(0, 4));
  let days = cache.get(year);
  if (!days) {
    days = holidaysOfYear(year);
    cache.set(year, days);
  }
  return days.get(date) ?? null;
};
