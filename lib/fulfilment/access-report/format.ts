import type { Locale } from "@/lib/domain/locale";
import type { ValueFormat } from "./types";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MIDNIGHT_UTC = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The BCP 47 tag numbers and dates are written in: a Californian reads US conventions. */
export function localeTag(locale: Locale, regime: string): string {
  if (locale === "fr") return "fr-FR";
  return regime === "CCPA" ? "en-US" : "en-GB";
}

const YES_NO: Record<Locale, [string, string]> = { en: ["Yes", "No"], fr: ["Oui", "Non"] };
const EMPTY: Record<Locale, string> = { en: "(empty)", fr: "(vide)" };

function asDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "string" && (DATE_ONLY.test(value) || ISO_INSTANT.test(value))) {
    const d = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

/** A calendar date stored as midnight UTC (a `date` column read by pg, then JSON): shown without a time. */
function isDateOnly(value: unknown): boolean {
  if (typeof value === "string") return DATE_ONLY.test(value) || ISO_MIDNIGHT_UTC.test(value);
  return (
    value instanceof Date && value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0
  );
}

export function formatDate(d: Date, tag: string, timeZone: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone }).format(d);
}

export function formatDateTime(d: Date, tag: string, timeZone: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone }).format(d);
}

/**
 * One stored value as the subject reads it: dates and times in their language and the controller's
 * time zone, amounts in minor units as money in the row's currency, flags as yes/no. A value the
 * dataset does not describe is guessed only when it is unambiguous (an ISO date string).
 */
export function formatValue(p: {
  value: unknown;
  format?: ValueFormat;
  row: Record<string, unknown>;
  locale: Locale;
  tag: string;
  timeZone: string;
}): string {
  const { value, locale, tag, timeZone } = p;
  if (value === null || value === undefined || value === "") return EMPTY[locale];
  const format = p.format;
  if (format === "boolean" || typeof value === "boolean") {
    const truthy = value === true || value === "true" || value === "t" || value === 1;
    return YES_NO[locale][truthy ? 0 : 1];
  }
  if (format === "money_cents") {
    const n = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(n)) return String(value);
    const currency = typeof p.row.currency === "string" && /^[A-Z]{3}$/.test(p.row.currency) ? p.row.currency : "EUR";
    return new Intl.NumberFormat(tag, { style: "currency", currency }).format(n / 100);
  }
  const d = format === "date" || format === "datetime" || typeof value !== "number" ? asDate(value) : null;
  if (d) {
    if (isDateOnly(value) && format !== "datetime") return formatDate(d, tag, "UTC");
    // node-postgres reads a `date` column as local midnight of the process that collected it (the
    // workers, which also write this report): that zone gives the stored calendar date back.
    if (format === "date") return formatDate(d, tag, Intl.DateTimeFormat().resolvedOptions().timeZone);
    return formatDateTime(d, tag, timeZone);
  }
  // No grouping: most numbers here are identifiers and quantities ("1660", not "1 660").
  if (typeof value === "number")
    return new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A column without a label in the dataset config: its name made readable. */
export function humanise(column: string, locale: Locale): string {
  if (column === "id") return locale === "fr" ? "Identifiant" : "Identifier";
  const words = column.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A country's name in the reader's language (ISO 3166-1 alpha-2 in). */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
