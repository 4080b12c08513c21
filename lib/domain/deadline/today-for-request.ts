import { localDateOf, type LocalDate } from "./local-date";
import { allJurisdictions, findJurisdiction } from "./regimes";

/**
 * The zone a request's calendar days are counted in: its jurisdiction's, the one the deadline engine
 * uses. A jurisdiction outside the regime table (imported or legacy rows) counts in UTC.
 */
export function requestTimeZone(jurisdiction: string): string {
  return findJurisdiction(jurisdiction)?.timeZone ?? "UTC";
}

/**
 * "Today" for a request, YYYY-MM-DD in its regime's zone: the date its due date is compared with, so
 * that "overdue" and "due today" mean the same thing in the queue, the workspace and the deadline sweep.
 */
export function todayForRequest(now: Date, request: { jurisdiction: string }): LocalDate {
  return localDateOf(now, requestTimeZone(request.jurisdiction));
}

/**
 * Every known jurisdiction grouped by its "today" at `now` (at most a few groups: zones straddle
 * midnight by hours), for queries that compare many requests' due dates at once. `otherwise` is
 * today for a jurisdiction missing from the table (UTC).
 */
export function todaysByJurisdiction(now: Date): {
  groups: { today: LocalDate; jurisdictions: string[] }[];
  otherwise: LocalDate;
} {
  const byDate = new Map<LocalDate, string[]>();
  for (const j of allJurisdictions()) {
    const today = localDateOf(now, j.timeZone);
    byDate.set(today, [...(byDate.get(today) ?? []), j.code]);
  }
  return {
    groups: [...byDate].map(([today, jurisdictions]) => ({ today, jurisdictions })),
    otherwise: localDateOf(now, "UTC"),
  };
}
