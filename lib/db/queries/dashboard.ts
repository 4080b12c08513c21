import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { requestMonthlyVolume, requestOpenBuckets } from "../schema";
import { bucketDueWithin, bucketOverdue, overdueWhere } from "./overdue";

const WORKING = sql`('new','in_progress','awaiting_subject','in_review')`;

export interface OpenKpis {
  open: number;
  overdue: number;
  dueWithin7: number;
  unassigned: number;
  awaitingVerification: number;
}

/**
 * Counts over open requests only, summed from the buckets the `requests` triggers keep (a few thousand
 * rows whatever the table size); "overdue" is the shared definition (lib/domain/overdue.ts), each
 * bucket compared with "today" in its own controller's zone.
 */
export async function openKpis(db: Db, p: { now: Date }): Promise<OpenKpis> {
  const overdue = bucketOverdue(p.now);
  const within7 = bucketDueWithin(p.now, 7);
  const { rows } = await db.execute<Record<keyof OpenKpis, number>>(sql`
    select coalesce(sum(n) filter (where status in ${WORKING}), 0)::int as "open",
           coalesce(sum(n) filter (where ${overdue}), 0)::int as "overdue",
           coalesce(sum(n) filter (where ${within7} and not ${overdue}), 0)::int as "dueWithin7",
           coalesce(sum(n) filter (where status in ${WORKING} and assignee_id is null), 0)::int as "unassigned",
           coalesce(sum(n) filter (where status = 'unverified'), 0)::int as "awaitingVerification"
    from ${requestOpenBuckets}`);
  return rows[0]!;
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

/** Open requests per assignee (unassigned included), from the maintained buckets. */
export async function workloadByAssignee(db: Db, p: { now: Date }): Promise<WorkloadRow[]> {
  const overdue = bucketOverdue(p.now);
  const within7 = bucketDueWithin(p.now, 7);
  const { rows } = await db.execute<WorkloadRow>(sql`
    select b.assignee_id as "assigneeId", s.name as assignee, sum(b.n)::int as open,
           coalesce(sum(b.n) filter (where ${overdue}), 0)::int as overdue,
           coalesce(sum(b.n) filter (where ${within7} and not ${overdue}), 0)::int as "dueWithin7"
    from ${requestOpenBuckets} b left join staff_users s on s.id = b.assignee_id
    group by b.assignee_id, s.name
    having sum(b.n) > 0
    order by overdue desc, open desc`);
  return rows;
}

/** Requests received per month (UTC) and type since `since` (the first day of a month), from the counters. */
export async function monthlyVolumeByType(
  db: Db,
  p: { since: Date },
): Promise<{ month: string; type: string; n: number }[]> {
  const { rows } = await db.execute<{ month: string; type: string; n: number }>(sql`
    select to_char(month, 'YYYY-MM') as month, type::text as type, n::int as n
    from ${requestMonthlyVolume}
    where month >= date_trunc('month', ${p.since.toISOString()}::timestamptz at time zone 'UTC')::date and n > 0
    order by 1, 2`);
  return rows;
}

export async function onTimeRateByMonth(
  db: Db,
  p: { since: Date },
): Promise<{ month: string; closed: number; onTimeRate: number }[]> {
  const { rows } = await db.execute<{ month: string; closed: number; onTimeRate: number }>(sql`
    select to_char(date_trunc('month', closed_at at time zone 'UTC'), 'YYYY-MM') as month, count(*)::int as closed,
           avg(case when (closed_at at time zone coalesce(controller_time_zone, 'UTC'))::date <= due_date then 1.0 else 0.0 end)::float as "onTimeRate"
    from requests where closed_at is not null and closed_at >= ${p.since} and status in ('completed','rejected')
    group by 1 order by 1`);
  return rows;
}
