import { DeadlineInputError } from "./errors";
import { daysBetween, localDateOf, type LocalDate } from "./local-date";

export interface PauseInput {
  from: Date;
  /** null = the clock is still stopped; counted up to `asOf`. */
  to: Date | null;
}

export interface PauseSpan {
  from: LocalDate;
  to: LocalDate;
  days: number;
  /** The clock had not restarted yet (counted up to the as-of date). */
  open: boolean;
}

/**
 * Converts clock stops to local date spans (days = TO_date - FROM_date) and merges overlapping
 * spans so that a day during which the clock was stopped is never counted twice. With `bothDaysCount`
 * (UK GDPR Art. 12A: "the period beginning with the day on which the controller makes the request and ending
 * with the day on which [it] receives the information does not count") a span counts both its first and last
 * day (TO_date - FROM_date + 1), and spans sharing a day are merged too.
 */
export function toPauseSpans(
  pauses: readonly PauseInput[],
  context: { timeZone: string; receivedDate: LocalDate; asOf: Date; bothDaysCount?: boolean },
): PauseSpan[] {
  const extra = context.bothDaysCount ? 1 : 0;
  const spans: PauseSpan[] = pauses.map((pause, index) => {
    if (!(pause.from instanceof Date) || Number.isNaN(pause.from.getTime())) {
      throw new DeadlineInputError("pauses", `Pause #${index + 1}: invalid start`);
    }
    if (pause.to !== null && (!(pause.to instanceof Date) || Number.isNaN(pause.to.getTime()))) {
      throw new DeadlineInputError("pauses", `Pause #${index + 1}: invalid end`);
    }
    if (pause.to !== null && pause.to.getTime() < pause.from.getTime()) {
      throw new DeadlineInputError("pauses", `Pause #${index + 1}: end is before start`);
    }
    const from = localDateOf(pause.from, context.timeZone);
    if (from < context.receivedDate) {
      throw new DeadlineInputError("pauses", `Pause #${index + 1}: starts before the request was received`);
    }
    // An open pause that starts after `asOf` has not lasted any day yet.
    const endInstant = pause.to ?? (context.asOf.getTime() < pause.from.getTime() ? pause.from : context.asOf);
    const to = localDateOf(endInstant, context.timeZone);
    return { from, to, days: daysBetween(from, to) + extra, open: pause.to === null };
  });

  spans.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: PauseSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && (span.from < last.to || (extra === 1 && span.from === last.to))) {
      if (span.to > last.to) last.to = span.to;
      last.open = last.open || span.open;
      last.days = daysBetween(last.from, last.to) + extra;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

export function totalPausedDays(spans: readonly PauseSpan[]): number {
  return spans.reduce((sum, span) => sum + span.days, 0);
}
