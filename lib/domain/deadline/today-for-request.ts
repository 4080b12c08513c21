import { isValidTimeZone, localDateOf, type LocalDate } from "./local-date";
import { allJurisdictions, findJurisdiction } from "./residences";

/** The request fields that say whose calendar its days are counted in. */
export interface RequestCalendar {
  /** The requester's residence. */
  jurisdiction: string;
  /** The controller's establishment and zone recorded on the request; null on rows filed before they were. */
  controllerCountry: string | null;
  controllerTimeZone: string | null;
}

/**
 * The controller calendar a request counts in. A row without one (filed before the jurisdiction model,
 * not backfilled) keeps the calendar it was filed under: its jurisdiction's own.
 */
export function requestController(request: RequestCalendar): { country: string; timeZone: string } {
  const country = request.controllerCountry ?? request.jurisdiction;
  const zone = request.controllerTimeZone ?? findJurisdiction(country)?.timeZone;
  return { country, timeZone: zone && isValidTimeZone(zone) ? zone : "UTC" };
}

/** The zone a request's calendar days are counted in: its controller's (UTC when unknown). */
export function requestTimeZone(request: RequestCalendar): string {
  return requestController(request).timeZone;
}

/**
 * "Today" for a request, YYYY-MM-DD in its controller's zone: the date its due date is compared with,
 * so that "overdue" and "due today" mean the same thing in the queue, the workspace and the sweep.
 */
export function todayForRequest(now: Date, request: RequestCalendar): LocalDate {
  return localDateOf(now, requestTimeZone(request));
}

/**
 * The zones requests may be counted in (every known establishment's default zone plus `extra`, e.g.
 * the configured controller zone) grouped by their "today" at `now`: at most a few groups, since
 * zones straddle midnight by hours. Queries compare any other zone in SQL.
 */
export function todaysByTimeZone(
  now: Date,
  extra: readonly string[] = [],
): { today: LocalDate; timeZones: string[] }[] {
  const zones = new Set([...allJurisdictions().map((j) => j.timeZone), ...extra.filter(isValidTimeZone), "UTC"]);
  const byDate = new Map<LocalDate, string[]>();
  for (const zone of zones) {
    const today = localDateOf(now, zone);
    byDate.set(today, [...(byDate.get(today) ?? []), zone]);
  }
  return [...byDate].map(([today, timeZones]) => ({ today, timeZones }));
}
