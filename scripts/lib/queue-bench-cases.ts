import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { QueueCursor, QueueFilters } from "@/lib/db/queries/queue";
import { OPEN_STATUSES } from "@/lib/domain/vocabulary";

/** One queue page the bench (and the EXPLAIN script) measures: its URL and the filters it runs. */
export interface QueueCase {
  label: string;
  path: string;
  filters: QueueFilters;
  after?: QueueCursor;
}

/**
 * The queue's pages and filters measured at volume: the first page, a keyset page half-way through the
 * open queue by due date (page ~4,000 of 50 rows at a million), and one page per filter.
 */
export async function queueCases(db: Database, fallbackAssignee: string): Promise<QueueCase[]> {
  const { rows: holders } = await db.execute<{ id: string }>(
    sql`select assignee_id as id from requests where assignee_id is not null limit 1`,
  );
  const holder = holders[0]?.id ?? fallbackAssignee;
  const { rows: counted } = await db.execute<{ n: string }>(
    sql`select coalesce(sum(n), 0)::text as n from request_status_counts
        where status::text in (${sql.join(
          OPEN_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )})`,
  );
  const { rows: mid } = await db.execute<{ key: string; id: string }>(sql`
    select due_date::text as key, id::text as id from requests
    where status in ('unverified','new','in_progress','awaiting_subject','in_review')
    order by due_date, id offset ${Math.floor(Number(counted[0]!.n) / 2)} limit 1`);
  const cursor = mid[0]!;
  const after = Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
  const open: QueueFilters = { status: "open", sort: "due" };
  return [
    { label: "queue, first page", path: "/staff/requests", filters: open },
    { label: "queue, keyset page (middle)", path: `/staff/requests?after=${after}`, filters: open, after: cursor },
    { label: "filter status=new", path: "/staff/requests?status=new", filters: { status: "new", sort: "due" } },
    { label: "filter type=erasure", path: "/staff/requests?type=erasure", filters: { ...open, type: "erasure" } },
    { label: "filter overdue", path: "/staff/requests?due=overdue", filters: { ...open, due: "overdue" } },
    { label: "filter due soon (7 d)", path: "/staff/requests?due=week", filters: { ...open, due: "week" } },
    { label: "filter assignee", path: `/staff/requests?assignee=${holder}`, filters: { ...open, assignee: holder } },
    {
      label: "filter unassigned",
      path: "/staff/requests?assignee=unassigned",
      filters: { ...open, assignee: "unassigned" },
    },
    {
      label: "filter regime (US-CA)",
      path: "/staff/requests?jurisdiction=US-CA",
      filters: { ...open, jurisdiction: "US-CA" },
    },
  ];
}
