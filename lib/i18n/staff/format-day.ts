import type { Locale } from "@/lib/domain/locale";
import { remember } from "@/lib/domain/bounded-memo";

// Built once per language: a formatter costs more to make than a queue row costs to render.
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A YYYY-MM-DD legal date (a calendar day in the controller's zone) for a staff member's language, the
 * way their other panels write a moment: "3 Oct 2025", "3 oct. 2025" ("1er mars 2027" in French, an
 * ordinal Intl does not write). Anything that is not such a date is returned as it is.
 */
export function formatStaffDay(date: string, locale: Locale | undefined): string {
  const lang = locale === "fr" ? "fr-FR" : "en-GB";
  const memo = lang === "fr-FR" ? frDays : enDays;
  // A pure function of a handful of days (a queue page shows ~50 due dates, most of them shared):
  // kept, so a page pays a map look-up per row instead of Intl (~2 µs).
  return remember(memo, date, () => formatDay(date, lang));
}

const enDays = new Map<string, string>();
const frDays = new Map<string, string>();

function formatDay(date: string, lang: "fr-FR" | "en-GB"): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
    formats.set(lang, f);
  }
  const text = f.format(new Date(`${date}T00:00:00Z`));
  return lang === "fr-FR" ? text.replace(/^1 /, "1er ") : text;
}
