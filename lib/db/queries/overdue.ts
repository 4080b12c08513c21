import { and, inArray, isNull, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import { requests } from "../schema";
import { localDateOf, todaysByTimeZone } from "@/lib/domain/deadline";
import { OPEN_STATUSES } from "@/lib/domain/vocabulary";
import { controllerProfile } from "@/lib/env";

/**
 * Due dates compared with each request's own "today" (its controller's zone), so a filter agrees with
 * the badge on every row: one branch per distinct date (at most a few, since zones straddle midnight),
 * over the known zones; any other zone (or a legacy row without one) is compared in SQL.
 */
export function dueComparedWithToday(now: Date, compare: (today: SQL) => SQL): SQL {
  const groups = todaysByTimeZone(now, [controllerProfile().timeZone]);
  const known = groups.flatMap((g) => g.timeZones);
  const zone = sql`coalesce(${requests.controllerTimeZone}, 'UTC')`;
  // Two-valued: for a row without a zone the `in (...)` branches are NULL, and `not overdue` must still be
  // true for it (NULL would drop the row from "due soon and not overdue").
  return sql`coalesce(${or(
    ...groups.map((g) => and(inArray(requests.controllerTimeZone, g.timeZones), compare(sql`${g.today}::date`))),
    and(
      or(isNull(requests.controllerTimeZone), notInArray(requests.controllerTimeZone, known)),
      compare(sql`(timezone(${zone}, ${now.toISOString()}::timestamptz))::date`),
    ),
  )!}, false)`;
}

/**
 * `status in ('unverified', …)` with the open statuses written as literals, not parameters: the database
 * runs every statement on a generic plan (plan_cache_mode, migration 0032), and a generic plan can only
 * use the partial index over open requests (`requests_open_due_idx`) when it sees the statuses. With
 * parameters the queue's overdue filter walked the table (17–48 ms); with literals 0.2 ms.
 */
export function openStatusWhere(): SQL {
  return sql`${requests.status} in (${sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(", "))})`;
}

/** Open with its clock running: the requests a due date applies to (`clockRunning` in lib/domain/overdue.ts). */
export function clockRunningWhere(): SQL {
  return and(openStatusWhere(), isNull(requests.pausedAt))!;
}

/** The SQL twin of `isOverdue` (lib/domain/overdue.ts): the one "overdue" of the queue, dashboard and digest. */
export function overdueWhere(now: Date): SQL {
  return and(
    clockRunningWhere(),
    dueComparedWithToday(now, (today) => lt(requests.dueDate, today)),
  )!;
}

/** Clock running and due within `days` days of today (overdue included). */
export function dueWithinWhere(now: Date, days: number): SQL {
  return and(
    clockRunningWhere(),
    dueComparedWithToday(now, (today) => lte(requests.dueDate, sql`${today} + ${days}::int`)),
  )!;
}

/**
 * The same rule over the open-request buckets (lib/db/schema/aggregates.ts, open statuses only): the
 * clock runs and the due date is before "today" in the bucket's controller zone (UTC when none). The
 * configured controller's zone — nearly every bucket — compares with one date worked out here; any
 * other zone is worked out by PostgreSQL (no list of zones sent as parameters). Columns are
 * unqualified: use it in a query whose only table carrying these names is the buckets.
 */
function bucketToday(now: Date): SQL {
  const zone = controllerProfile().timeZone;
  return sql`(case when controller_time_zone = ${zone} then ${localDateOf(now, zone)}::date
    else (timezone(coalesce(controller_time_zone, 'UTC'), ${now.toISOString()}::timestamptz))::date end)`;
}

export function bucketOverdue(now: Date): SQL {
  return sql`(clock_running and due_date < ${bucketToday(now)})`;
}

export function bucketDueWithin(now: Date, days: number): SQL {
  return sql`(clock_running and due_date <= ${bucketToday(now)} + ${days}::int)`;
}
