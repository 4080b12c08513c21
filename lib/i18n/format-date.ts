import type { Locale } from "./locales";

/** A YYYY-MM-DD legal date in words, formatted at UTC noon so no time zone shifts the day. */
export function formatLocalDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

export function formatInstant(instant: Date, locale: Locale, timeZone = "Europe/Paris"): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone }).format(instant);
}
