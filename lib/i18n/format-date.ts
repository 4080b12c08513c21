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

/**
 * An instant as date and time in the given zone, labelled with that zone: "30 November 2026, 15:04 (Europe/Paris)".
 * The status page shows every instant this way, in the controller's zone (the one the legal dates are counted in).
 */
export function formatInstantInZone(instant: Date, locale: Locale, timeZone: string): string {
  return `${formatInstantWithTime(instant, locale, timeZone)} (${timeZone})`;
}
