import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { dueWithinWhere, overdueWhere } from "./overdue";

const WORKING = sql`('new','in_progress','awaiting_subject','in_review')`;
const OPEN = sql`('unverified','new','in_progress','awaiting_subject','in_review')`;

export interface OpenKpis {
  open: number;
  overdue: number;
  dueWithin7: number;
  unassigned: number;
  awaitingVerification: number;
}

/** Counts over open requests only; "overdue" is the shared definition (lib/domain/overdue.ts). */
export async function openKpis(db: Db, p: { now: Date }): Promise<OpenKpis> {
  const { rows } = await db.execute<Record<keyof OpenKpis, number>>(sql`
    select count(*) filter (where status in ${WORKING})::int as "open",
           count(*) filter (where ${overdueWhere(p.now)})::int as "overdue",
           count(*) filter (where ${dueWithinWhere(p.now, 7)} and not ${overdueWhere(p.now)})::int as "dueWithin7",
           count(*) filter (where status in ${WORKING} and assignee_id is null)::int as "unassigned",
           count(*) filter (where status = 'unverified')::int as "awaitingVerification"
    from requests
    where status in ('unverified','new','in_progress','awaiting_subject','in_review')`);
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

export async function workloadByAssignee(db: Db, p: { now: Date }): Promise<WorkloadRow[]> {
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

export async function monthlyVolumeByType(
  db: Db,
  p: { since: Date },
): Promise<{ month: string; type: string; n: number }[]> {
  const { rows } = await db.execute<{ month: string; type: string; n: number }>(sql`
    select to_char(date_trunc('month', received_at at time zone 'UTC'), 'YYYY-MM') as month, type::text as type, count(*)::int as n
    from requests where received_at >= ${p.since}
    group by 1, 2 order by 1, 2`);
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
