import { parseLocalDate, type LocalDate } from "./local-date";
import type { Locale } from "../locale";

const LOCALES: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };
const weekdayFormatters = new Map<Locale, Intl.DateTimeFormat>();
const monthFormatters = new Map<Locale, Intl.DateTimeFormat>();

function formatter(cache: Map<Locale, Intl.DateTimeFormat>, lang: Locale, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: "UTC" });
    cache.set(lang, f);
  }
  return f;
}

// UTC noon: the calendar day is the same whatever zone the formatter would otherwise apply.
function utcNoon(date: LocalDate): Date {
  const { year, month, day } = parseLocalDate(date);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(12);
  return instant;
}

export function weekdayName(date: LocalDate, lang: Locale): string {
  return formatter(weekdayFormatters, lang, { weekday: "long" }).format(utcNoon(date));
}

/** "13 July 2025" / "13 juillet 2025" ("1er" in French). */
export function formatDate(date: LocalDate, lang: Locale): string {
  const { year, day } = parseLocalDate(date);
  const month = formatter(monthFormatters, lang, { month: "long" }).format(utcNoon(date));
  const dayText = lang === "fr" && day === 1 ? "1er" : String(day);
  return `${dayText} ${month} ${year}`;
}

/** "Sunday 13 July 2025" / "dimanche 13 juillet 2025". */
export function formatDateWithWeekday(date: LocalDate, lang: Locale): string {
  return `${weekdayName(date, lang)} ${formatDate(date, lang)}`;
}
