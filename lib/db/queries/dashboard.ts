import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { requestMonthlyClosed, requestMonthlyVolume, requestOpenBuckets } from "../schema";
import { bucketDueWithin, bucketOverdue, overdueWhere } from "./overdue";

export interface OpenKpis {
  open: number;
  overdue: number;
  dueWithin7: number;
  unassigned: number;
  awaitingVerification: number;
}

/**
 * The board's open figures and its workload table in one pass over the buckets the `requests`
 * triggers keep (a few thousand rows whatever the table size), grouped by assignee; "overdue" is the
 * shared definition (lib/domain/overdue.ts), each bucket compared with "today" in its controller's zone.
 */
export async function openFigures(db: Db, p: { now: Date }): Promise<{ kpis: OpenKpis; workload: WorkloadRow[] }> {
  const overdue = bucketOverdue(p.now);
  const within7 = bucketDueWithin(p.now, 7);
  const { rows } = await db.execute<WorkloadRow & { unverified: number }>(sql`
    select g.assignee_id as "assigneeId", s.name as assignee, g.open::int as open,
           g.overdue::int as overdue, g.within7::int as "dueWithin7", g.unverified::int as unverified
    from (select assignee_id, sum(n) as open,
                 coalesce(sum(n) filter (where ${overdue}), 0) as overdue,
                 coalesce(sum(n) filter (where ${within7} and not ${overdue}), 0) as within7,
                 coalesce(sum(n) filter (where status = 'unverified'), 0) as unverified
          from ${requestOpenBuckets} group by assignee_id) g
    left join staff_users s on s.id = g.assignee_id`);
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  // "Open" is the queue's: every open request, unverified included (its Open tab, the workload table and each
  // tile's link count the same rows: QA F6); how many of them await verification is a figure of its own.
  const kpis: OpenKpis = {
    open: sum((r) => r.open),
    overdue: sum((r) => r.overdue),
    dueWithin7: sum((r) => r.dueWithin7),
    unassigned: sum((r) => (r.assigneeId === null ? r.open : 0)),
    awaitingVerification: sum((r) => r.unverified),
  };
  const workload = rows
    .filter((r) => r.open > 0)
    .map(({ assigneeId, assignee, open, overdue, dueWithin7 }) => ({ assigneeId, assignee, open, overdue, dueWithin7 }))
    .sort((x, y) => y.overdue - x.overdue || y.open - x.open);
  return { kpis, workload };
}

export async function openKpis(db: Db, p: { now: Date }): Promise<OpenKpis> {
  return (await openFigures(db, p)).kpis;
}

/** Median days to close and the share closed on time, over requests closed since `since`. */
export async function closedStats(
  db: Db,
  p: { since: Date },
): Promise<{ closed: number; medianDays: number | null; onTimeRate: number | null }> {
  const { rows } = await db.execute<{ closed: number; median_days: number | null; on_time_rate: number | null }>(sql`
    select count(*)::int as closed,
           percentile_cont(0.5) within group (order by extract(epoch from closed_at - received_at) / 86400)::float as median_days,
           avg(case when (closed_at at time zone coalesce(controller_time_zone, 'UTC'))::date <= due_date then 1.0 else 0.0 end)::float as on_time_rate
    from requests
    where closed_at is not null and closed_at >= ${p.since} and status in ('completed','rejected')`);
  const r = rows[0]!;
  return { closed: r.closed, medianDays: r.median_days, onTimeRate: r.on_time_rate };
}

export type OverdueRow = {
  id: string;
  reference: string;
  type: string;
  dueDate: string;
  daysOverdue: number;
  assignee: string | null;
};

export async function overdueList(db: Db, p: { now: Date; today: string; limit: number }): Promise<OverdueRow[]> {
  const { rows } = await db.execute<OverdueRow>(sql`
    select requests.id, requests.reference, requests.type, requests.due_date::text as "dueDate",
           (${p.today}::date - requests.due_date)::int as "daysOverdue", s.name as assignee
    from requests left join staff_users s on s.id = requests.assignee_id
    where ${overdueWhere(p.now)}
    order by requests.due_date, requests.id
    limit ${p.limit}`);
  return rows;
}

export type WorkloadRow = {
  assigneeId: string | null;
  assignee: string | null;
  open: number;
  overdue: number;
  dueWithin7: number;
};

/** Open requests per assignee (unassigned included), most overdue first. */
export async function workloadByAssignee(db: Db, p: { now: Date }): Promise<WorkloadRow[]> {
  return (await openFigures(db, p)).workload;
}

/**
 * `month` within the window of `months` calendar months ending with the current one (nothing dated in the
 * future), in the zone the monthly counters are kept in (request_aggregates_calendar) — worked out in SQL,
 * so the window and the counters always use the same calendar even while a rebuild changes it.
 */
const MONTHS_ZONE = sql`coalesce((select time_zone from request_aggregates_calendar where id = 1), 'UTC')`;
function inWindow(now: Date, months: number) {
  const current = sql`date_trunc('month', ${now.toISOString()}::timestamptz at time zone ${MONTHS_ZONE})`;
  return sql`month between (${current} - ${`${months - 1} months`}::interval)::date and ${current}::date`;
}

/** Requests received per calendar month (the counters' zone) and type, over the last `months` months. */
export async function monthlyVolumeByType(
  db: Db,
  p: { now: Date; months: number },
): Promise<{ month: string; type: string; n: number }[]> {
  const { rows } = await db.execute<{ month: string; type: string; n: number }>(sql`
    select to_char(month, 'YYYY-MM') as month, type::text as type, sum(n)::int as n
    from ${requestMonthlyVolume}
    where ${inWindow(p.now, p.months)}
    group by month, type having sum(n) > 0
    order by 1, 2`);
  return rows;
}

/** Requests closed (completed or refused) per calendar month of closing and the share closed on time, from the counters. */
export async function onTimeRateByMonth(
  db: Db,
  p: { now: Date; months: number },
): Promise<{ month: string; closed: number; onTimeRate: number }[]> {
  const { rows } = await db.execute<{ month: string; closed: number; onTimeRate: number }>(sql`
    select to_char(month, 'YYYY-MM') as month, sum(closed)::int as closed,
           sum(on_time)::float / sum(closed)::float as "onTimeRate"
    from ${requestMonthlyClosed}
    where ${inWindow(p.now, p.months)}
    group by month having sum(closed) > 0
    order by 1`);
  return rows;
}
