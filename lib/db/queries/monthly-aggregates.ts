import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { requestAggregatesCalendar } from "../schema";

/**
 * The zone whose calendar months the monthly counters (requests received per month and type, closed per
 * month) are kept in: what the triggers of migration 0035 read for every write to `requests`.
 */
export async function monthlyCountersTimeZone(db: Db): Promise<string> {
  const [row] = await db
    .select({ timeZone: requestAggregatesCalendar.timeZone })
    .from(requestAggregatesCalendar)
    .where(eq(requestAggregatesCalendar.id, 1));
  return row?.timeZone ?? "UTC";
}

/** The same, under the row's lock: one rebuild at a time, and a second one sees the first one's zone. */
export async function lockMonthlyCountersTimeZone(tx: Db): Promise<string> {
  await tx.execute(
    sql`insert into request_aggregates_calendar (id, time_zone) values (1, 'UTC') on conflict do nothing`,
  );
  const { rows } = await tx.execute<{ time_zone: string }>(
    sql`select time_zone from request_aggregates_calendar where id = 1 for update`,
  );
  return rows[0]!.time_zone;
}

export interface MonthlyRebuildFigures {
  /** Requests counted into the received-per-month counters (every request). */
  requests: number;
  /** Requests counted into the closed-per-month counters (completed or refused, with a closing time). */
  closed: number;
  /** Months with at least one request received. */
  months: number;
}

/**
 * Recounts the monthly counters from the rows in the calendar months of `timeZone` and records that zone
 * for the triggers. Writers to `requests` wait (share lock) until the caller's transaction ends, so no
 * write is counted in the old zone after the recount read the table; the lock is given up after
 * `lockTimeoutMs` rather than holding every intake behind a long transaction (the job then retries).
 */
export async function rebuildMonthlyCounters(
  tx: Db,
  p: { timeZone: string; now: Date; lockTimeoutMs?: number },
): Promise<MonthlyRebuildFigures> {
  await tx.execute(sql.raw(`set local lock_timeout = ${Math.max(1, Math.trunc(p.lockTimeoutMs ?? 10_000))}`));
  await tx.execute(sql`lock table requests in share mode`);
  await tx.execute(
    sql`update request_aggregates_calendar set time_zone = ${p.timeZone}, rebuilt_at = ${p.now} where id = 1`,
  );
  await tx.execute(sql`delete from request_monthly_volume`);
  const volume = await tx.execute<{ requests: number; months: number }>(sql`
    with ins as (
      insert into request_monthly_volume (month, type, n)
        select date_trunc('month', received_at at time zone ${p.timeZone})::date, type, count(*)
        from requests group by 1, 2 order by 1, 2
      returning month, n)
    select coalesce(sum(n), 0)::int as requests, count(distinct month)::int as months from ins`);
  await tx.execute(sql`delete from request_monthly_closed`);
  const closed = await tx.execute<{ closed: number }>(sql`
    with ins as (
      insert into request_monthly_closed (month, closed, on_time)
        select date_trunc('month', closed_at at time zone ${p.timeZone})::date, count(*),
               count(*) filter (where (closed_at at time zone coalesce(controller_time_zone, 'UTC'))::date <= due_date)
        from requests where closed_at is not null and status in ('completed', 'rejected')
        group by 1 order by 1
      returning closed)
    select coalesce(sum(closed), 0)::int as closed from ins`);
  return { requests: volume.rows[0]!.requests, months: volume.rows[0]!.months, closed: closed.rows[0]!.closed };
}
