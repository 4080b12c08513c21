import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import type { OpenKpis, WorkloadRow } from "./dashboard";
import { dueWithinWhere, overdueWhere } from "./overdue";

/**
 * The dashboard's open figures counted from the request rows: what the maintained buckets
 * (lib/db/schema/aggregates.ts) must always equal. Used by the tests and `npm run bench:queue`, never
 * by a page (a full scan: ~1 s at a million requests).
 */
const OPEN = sql`('unverified','new','in_progress','awaiting_subject','in_review')`;

export async function recountOpenKpis(db: Db, p: { now: Date }): Promise<OpenKpis> {
  const { rows } = await db.execute<Record<keyof OpenKpis, number>>(sql`
    select count(*)::int as "open",
           count(*) filter (where ${overdueWhere(p.now)})::int as "overdue",
           count(*) filter (where ${dueWithinWhere(p.now, 7)} and not ${overdueWhere(p.now)})::int as "dueWithin7",
           count(*) filter (where assignee_id is null)::int as "unassigned",
           count(*) filter (where status = 'unverified')::int as "awaitingVerification"
    from requests
    where status in ('unverified','new','in_progress','awaiting_subject','in_review')`);
  return rows[0]!;
}

export async function recountWorkloadByAssignee(db: Db, p: { now: Date }): Promise<WorkloadRow[]> {
  const { rows } = await db.execute<WorkloadRow>(sql`
    select requests.assignee_id as "assigneeId", s.name as assignee, count(*)::int as open,
           count(*) filter (where ${overdueWhere(p.now)})::int as overdue,
           count(*) filter (where ${dueWithinWhere(p.now, 7)} and not ${overdueWhere(p.now)})::int as "dueWithin7"
    from requests left join staff_users s on s.id = requests.assignee_id
    where requests.status in ${OPEN}
    group by requests.assignee_id, s.name
    order by overdue desc, open desc`);
  return rows;
}

/** Months in the zone the counters are kept in (request_aggregates_calendar), over the same window as the counters' reader. */
const MONTHS_ZONE = sql`coalesce((select time_zone from request_aggregates_calendar where id = 1), 'UTC')`;
const monthOf = (column: SQL) => sql`date_trunc('month', ${column} at time zone ${MONTHS_ZONE})`;
const inWindow = (month: SQL, now: Date, months: number) => {
  const current = sql`date_trunc('month', ${now.toISOString()}::timestamptz at time zone ${MONTHS_ZONE})`;
  return sql`${month} between ${current} - ${`${months - 1} months`}::interval and ${current}`;
};

export async function recountMonthlyVolumeByType(
  db: Db,
  p: { now: Date; months: number },
): Promise<{ month: string; type: string; n: number }[]> {
  const { rows } = await db.execute<{ month: string; type: string; n: number }>(sql`
    select to_char(${monthOf(sql`received_at`)}, 'YYYY-MM') as month, type::text as type, count(*)::int as n
    from requests where ${inWindow(monthOf(sql`received_at`), p.now, p.months)}
    group by 1, 2 order by 1, 2`);
  return rows;
}

export async function recountOnTimeRateByMonth(
  db: Db,
  p: { now: Date; months: number },
): Promise<{ month: string; closed: number; onTimeRate: number }[]> {
  const { rows } = await db.execute<{ month: string; closed: number; onTimeRate: number }>(sql`
    select to_char(${monthOf(sql`closed_at`)}, 'YYYY-MM') as month, count(*)::int as closed,
           (count(*) filter (where (closed_at at time zone coalesce(controller_time_zone, 'UTC'))::date <= due_date))::float / count(*)::float as "onTimeRate"
    from requests
    where closed_at is not null and status in ('completed','rejected') and ${inWindow(monthOf(sql`closed_at`), p.now, p.months)}
    group by 1 order by 1`);
  return rows;
}
