import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { mailDeliveries, reminderQueue, reminders, requests, staffUsers } from "../schema";
import type { StaffRole } from "@/lib/domain/vocabulary";

/** What the sweep needs of each candidate (read in the same statement that finds it). */
export type WatchCandidate = Pick<
  typeof requests.$inferSelect,
  | "id"
  | "reference"
  | "status"
  | "regime"
  | "jurisdiction"
  | "controllerCountry"
  | "controllerTimeZone"
  | "receivedAt"
  | "verifiedAt"
  | "dueDate"
  | "firstDueDate"
  | "extendedAt"
  | "assigneeId"
  | "pausedAt"
>;

/** The three ways a request becomes a sweep candidate; each is a range of its own partial index. */
export const WATCH_BRANCHES = ["due", "unassigned", "ccpa"] as const;
export type WatchBranch = (typeof WATCH_BRANCHES)[number];

/** Where the previous page of a branch ended: its sort key and id (keyset, never OFFSET). */
export type WatchCursor = { key: string; id: string } | null;

export interface WatchWindow {
  /** Open requests due on or before this local date (partial index requests_open_due_idx). */
  horizon: string;
  /** Working unassigned requests verified in [unassignedSince, unassignedBefore] (requests_unassigned_verified_idx). */
  unassignedSince: Date;
  unassignedBefore: Date;
  /** Open CCPA requests received since (requests_open_ccpa_received_idx). */
  ccpaSince: Date;
}

/** The bare SQL of one page of a branch: what the sweep runs, and what the bench and EXPLAIN test time. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ${column}`;
const CANDIDATE_SQL = sql.raw(
  [
    "id, reference, status, regime, jurisdiction, controller_country, controller_time_zone",
    "due_date::text as due_date, first_due_date::text as first_due_date, assignee_id",
    ...["received_at", "verified_at", "extended_at", "paused_at"].map(iso),
  ].join(", "),
);

export function watchBranchQuery(branch: WatchBranch, w: WatchWindow, after: WatchCursor, limit: number) {
  const open = sql`status in ('unverified','new','in_progress','awaiting_subject','in_review')`;
  const working = sql`status in ('new','in_progress','awaiting_subject','in_review')`;
  if (branch === "due") {
    const past = after ? sql`and (due_date, id) > (${after.key}::date, ${after.id}::uuid)` : sql``;
    return sql`select ${CANDIDATE_SQL}, due_date::text as sort_key from requests
      where ${open} and due_date <= ${w.horizon}::date ${past} order by requests.due_date, requests.id limit ${limit}`;
  }
  if (branch === "unassigned") {
    const past = after ? sql`and (verified_at, id) > (${after.key}::timestamptz, ${after.id}::uuid)` : sql``;
    return sql`select ${CANDIDATE_SQL}, to_char(verified_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as sort_key from requests
      where assignee_id is null and ${working} and verified_at >= ${w.unassignedSince.toISOString()}::timestamptz
        and verified_at <= ${w.unassignedBefore.toISOString()}::timestamptz ${past}
      order by requests.verified_at, requests.id limit ${limit}`;
  }
  const past = after ? sql`and (received_at, id) > (${after.key}::timestamptz, ${after.id}::uuid)` : sql``;
  return sql`select ${CANDIDATE_SQL}, to_char(received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as sort_key from requests
    where regime = 'CCPA' and ${open} and received_at >= ${w.ccpaSince.toISOString()}::timestamptz ${past}
    order by requests.received_at, requests.id limit ${limit}`;
}

interface CandidateSqlRow extends Record<string, unknown> {
  id: string;
  reference: string;
  status: string;
  regime: string;
  jurisdiction: string;
  controller_country: string | null;
  controller_time_zone: string | null;
  received_at: string;
  verified_at: string | null;
  due_date: string;
  first_due_date: string;
  extended_at: string | null;
  assignee_id: string | null;
  paused_at: string | null;
  sort_key: string;
}

/**
 * One page of candidates of one branch, after `after`. The cost of a page follows the page size, and
 * the sweep's cost the number of requests near or past a threshold, never the size of the table.
 */
export async function findWatchCandidatePage(
  db: Db,
  p: { branch: WatchBranch; window: WatchWindow; after: WatchCursor; limit: number },
): Promise<{ rows: WatchCandidate[]; next: WatchCursor }> {
  const { rows: keys } = await db.execute<CandidateSqlRow>(watchBranchQuery(p.branch, p.window, p.after, p.limit));
  if (keys.length === 0) return { rows: [], next: null };
  const at = (v: string | null) => (v === null ? null : new Date(v));
  const rows: WatchCandidate[] = keys.map((k) => ({
    id: k.id,
    reference: k.reference,
    status: k.status as WatchCandidate["status"],
    regime: k.regime,
    jurisdiction: k.jurisdiction,
    controllerCountry: k.controller_country,
    controllerTimeZone: k.controller_time_zone,
    receivedAt: new Date(k.received_at),
    verifiedAt: at(k.verified_at),
    dueDate: k.due_date,
    firstDueDate: k.first_due_date,
    extendedAt: at(k.extended_at),
    assigneeId: k.assignee_id,
    pausedAt: at(k.paused_at),
  }));
  const last = keys[keys.length - 1]!;
  return { rows, next: keys.length < p.limit ? null : { key: last.sort_key, id: last.id } };
}

/** (request, threshold, forDate) keys already notified, among `ids`. */
export async function notifiedKeys(db: Db, p: { ids: string[] }): Promise<Set<string>> {
  if (p.ids.length === 0) return new Set();
  const rows = await db
    .select({ requestId: reminders.requestId, threshold: reminders.threshold, forDate: reminders.forDate })
    .from(reminders)
    .where(inArray(reminders.requestId, p.ids));
  return new Set(rows.map((r) => `${r.requestId}|${r.threshold}|${r.forDate}`));
}

/** Whether each request's first verification mail (its receipt confirmation) was accepted by SMTP. */
export async function acknowledgedRequests(db: Db, p: { ids: string[] }): Promise<Set<string>> {
  if (p.ids.length === 0) return new Set();
  const keys = p.ids.map((id) => `verification-${id}-1`);
  const rows = await db
    .select({ key: mailDeliveries.key })
    .from(mailDeliveries)
    .where(and(inArray(mailDeliveries.key, keys), sql`${mailDeliveries.acceptedAt} is not null`));
  return new Set(rows.map((r) => r.key.slice("verification-".length, -2)));
}

/**
 * Marks crossings as queued and returns those to queue now: new ones, and ones marked longer than
 * `requeueAfterMs` ago (their job lost, or still behind a backlog). One statement for a page of them.
 */
export async function markCrossingsQueued(
  db: Db,
  p: { crossings: { requestId: string; threshold: string; forDate: string }[]; requeueAfterMs: number },
): Promise<{ requestId: string; threshold: string; forDate: string }[]> {
  if (p.crossings.length === 0) return [];
  const { rows } = await db.execute<{ requestId: string; threshold: string; forDate: string }>(sql`
    insert into ${reminderQueue} (request_id, threshold, for_date, queued_at)
    select c."requestId", c.threshold, c."forDate", now()
      from jsonb_to_recordset(${JSON.stringify(p.crossings)}::jsonb) as c("requestId" uuid, threshold text, "forDate" date)
     -- sent since the sweep read its candidates (a worker claimed it meanwhile): nothing to queue
     where not exists (select 1 from ${reminders} r
                        where r.request_id = c."requestId" and r.threshold = c.threshold and r.for_date = c."forDate")
    on conflict (request_id, threshold, for_date) do update set queued_at = excluded.queued_at
      where ${reminderQueue.queuedAt} < now() - make_interval(secs => ${p.requeueAfterMs / 1000})
    returning request_id as "requestId", threshold, to_char(for_date, 'YYYY-MM-DD') as "forDate"`);
  return rows;
}

/** Queue marks older than two days: their request closed, or moved on, before its notification ran. */
export async function dropStaleQueueMarks(db: Db): Promise<void> {
  await db.execute(sql`delete from ${reminderQueue} where ${reminderQueue.queuedAt} < now() - interval '2 days'`);
}

/** Claims a (request, threshold, forDate) notification; false when someone already did. */
export async function claimReminder(
  db: Db,
  p: { requestId: string; threshold: string; forDate: string; detail?: object },
): Promise<string | null> {
  const [row] = await db
    .insert(reminders)
    .values({ requestId: p.requestId, threshold: p.threshold, forDate: p.forDate, detail: p.detail ?? null })
    .onConflictDoNothing()
    .returning({ id: reminders.id });
  // Its queue mark stays until the sweep drops it (two days): deleting it here let a sweep running at the
  // same moment insert a fresh mark once this transaction committed, and queue the sent crossing again.
  return row?.id ?? null;
}

export async function activeStaffWithRoles(db: Db, p: { roles: StaffRole[] }) {
  if (p.roles.length === 0) return [];
  return db
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      locale: staffUsers.locale,
    })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), inArray(staffUsers.role, p.roles)));
}
