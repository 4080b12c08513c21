import { formatDate } from "@/lib/domain/deadline/format-date";
import type { Locale } from "@/lib/domain/locale";

/** A YYYY-MM-DD legal date in words ("1er août 2026", "1 August 2026"), the same wording as the mails. */
export function formatLocalDate(date: string, locale: Locale): string {
  return formatDate(date, locale);
}

export function formatInstant(instant: Date, locale: Locale, timeZone = "Europe/Paris"): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone }).format(instant);
}

export function formatInstantWithTime(instant: Date, locale: Locale, timeZone = "Europe/Paris"): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(instant);
}
