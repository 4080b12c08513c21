import { clockRunning, isOverdue, type DeadlineState } from "@/lib/domain/overdue";
import { remember } from "@/lib/domain/bounded-memo";
import { isOpenStatus, type RequestStatus } from "@/lib/domain/vocabulary";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";

export type DueBadge = {
  kind: "overdue" | "soon3" | "soon7" | "later" | "paused" | "closed";
  daysLeft: number;
  label: string;
};

/** Whole days from `today` to `dueDate` (both YYYY-MM-DD); negative once overdue. */
export function daysBetweenDates(today: string, dueDate: string): number {
  return Math.round((dayMs(dueDate) - dayMs(today)) / 86_400_000);
}

// Date.parse per row and date was a tenth of the queue's rows' markup: a few hundred distinct days, kept.
const dayParses = new Map<string, number>();
const dayMs = (date: string) => remember(dayParses, date, () => Date.parse(`${date}T00:00:00Z`));

/**
 * The queue's days-left badge: overdue (the shared definition, lib/domain/overdue.ts), ≤ 3 days, ≤ 7 days,
 * later; a stopped clock says so; closed requests have none.
 */
export function dueBadge(r: DeadlineState, today: string, locale: Locale = "en"): DueBadge {
  const t = staffMessages(locale).due;
  const daysLeft = daysBetweenDates(today, r.dueDate);
  if (!isOpenStatus(r.status)) return { kind: "closed", daysLeft, label: t.closed };
  if (!clockRunning(r)) return { kind: "paused", daysLeft, label: t.paused };
  if (isOverdue(r, today)) return { kind: "overdue", daysLeft, label: daysLabel(t.overdue, -daysLeft) };
  const label = daysLeft === 0 ? t.today : daysLabel(t.left, daysLeft);
  if (daysLeft <= 3) return { kind: "soon3", daysLeft, label };
  if (daysLeft <= 7) return { kind: "soon7", daysLeft, label };
  return { kind: "later", daysLeft, label };
}

// "{n} d overdue", "{n} d left" filled once per message and number (a regex replace per row otherwise).
const daysLabels = new Map<string, Map<number, string>>();
function daysLabel(message: string, n: number): string {
  const byN = remember(daysLabels, message, () => new Map<number, string>(), 64);
  return remember(byN, n, () => fill(message, { n }), 2048);
}

/** c***@example.com: enough to tell requests apart, not enough to identify the person. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

export const STATUS_LABELS: Record<RequestStatus, string> = {
  unverified: "Unverified",
  new: "New",
  in_progress: "In progress",
  awaiting_subject: "Awaiting subject",
  in_review: "In review",
  completed: "Completed",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export function formatInstant(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * A moment for the staff member's language, in the controller's time zone and labelled with it:
 * "30 Nov 2026, 10:05 (Europe/Paris)", "30 nov. 2026, 10:05 (Europe/Paris)".
 */
export function formatStaffInstant(d: Date, locale: Locale | undefined, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(d);
  return `${text} (${timeZone})`;
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The same moment without the zone label, for a list whose header names the zone once; one
 * Intl formatter for the whole list (building one per row costs more than the row's markup).
 */
export function instantFormatter(locale: Locale | undefined, timeZone: string): (d: Date) => string {
  const key = `${locale === "fr" ? "fr-FR" : "en-GB"} ${timeZone}`;
  let format = instantFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    // A handful of (language, zone) pairs per process: kept, not rebuilt for every page.
    if (instantFormats.size < 64) instantFormats.set(key, format);
  }
  const f = format;
  const memo = minuteMemo(key);
  // The format shows minutes (Intl truncates the seconds): one Intl call per minute shown, then a look-up.
  return (d) => remember(memo, Math.floor(d.getTime() / 60_000), () => f.format(d), MAX_MINUTES);
}

/**
 * Formatted minutes per (language, zone): a pure function of the minute, kept because the queue shows the
 * same rows' times on every visit (each Intl call ~1.4 µs). Bounded (≈ 1 MB each), cleared when full.
 */
const MAX_MINUTES = 10_000;
const minuteMemos = new Map<string, Map<number, string>>();
function minuteMemo(key: string): Map<number, string> {
  let memo = minuteMemos.get(key);
  if (!memo) {
    memo = new Map();
    if (minuteMemos.size < 64) minuteMemos.set(key, memo);
  }
  return memo;
}

/**
 * A YYYY-MM-DD legal date for the staff member's language: "3 Oct 2025", "3 oct. 2025" (the list's header
 * or the sentence around it names the controller's zone the day is counted in).
 */
export function formatStaffDate(date: string, locale: Locale | undefined): string {
  return formatStaffDay(date, locale);
}
