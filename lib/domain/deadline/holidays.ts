import Holidays from "date-holidays";
import type { LocalDate } from "./local-date";
import type { HolidayCalendarRef } from "./regimes";
import type { HolidayNames } from "./working-days";

type NamesByDate = Map<LocalDate, { en: string; fr: string }>;

const calendars = new Map<string, Holidays>();
const yearCache = new Map<string, NamesByDate>();

function calendarFor(ref: HolidayCalendarRef): Holidays {
  const key = `${ref.country}/${ref.state ?? ""}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    // Only 'public' days stop a period ending: bank/school/optional/observance days are working days.
    calendar = ref.state
      ? new Holidays(ref.country, ref.state, { types: ["public"] })
      : new Holidays(ref.country, { types: ["public"] });
    calendars.set(key, calendar);
  }
  return calendar;
}

function publicHolidaysOfYear(ref: HolidayCalendarRef, year: number): NamesByDate {
  const key = `${ref.country}/${ref.state ?? ""}/${year}`;
  let names = yearCache.get(key);
  if (!names) {
    names = new Map();
    const calendar = calendarFor(ref);
    const french = new Map(calendar.getHolidays(year, "fr").map((h) => [`${h.date}|${h.rule}`, h.name]));
    for (const holiday of calendar.getHolidays(year, "en")) {
      if (holiday.type !== "public") continue;
      const date = holiday.date.slice(0, 10);
      const fr = french.get(`${holiday.date}|${holiday.rule}`) ?? holiday.name;
      const existing = names.get(date);
      names.set(
        date,
        existing ? { en: `${existing.en} / ${holiday.name}`, fr: `${existing.fr} / ${fr}` } : { en: holiday.name, fr },
      );
    }
    yearCache.set(key, names);
  }
  return names;
}

/** Lookup of the public holidays of one calendar (country, optionally a region). */
export function publicHolidayNames(ref: HolidayCalendarRef): HolidayNames {
  return (date) => publicHolidaysOfYear(ref, Number(date.slice(0, 4))).get(date) ?? null;
}
