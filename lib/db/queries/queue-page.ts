import { createHash } from "node:crypto";
import type pg from "pg";
import type { Database } from "../client";
import { REQUEST_STATUSES, type RequestStatus, type StaffRole } from "@/lib/domain/vocabulary";
import type { QueueCursor, QueueFilters, QueueRow } from "./queue";
import { queueSelect } from "./queue-select-cache";

export interface QueuePageMember {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  locale: string | null;
  active: boolean;
  mustChangePassword: boolean;
  sessionVersion: number;
}

export interface QueuePageData {
  /** The member re-read from the database (null: no such account). */
  member: QueuePageMember | null;
  /** Whether the gate let the page's data be read (then every field below is filled). */
  admitted: boolean;
  rows: QueueRow[];
  next: QueueCursor | null;
  counts: Record<RequestStatus, number>;
  assignable: { id: string; name: string; role: string }[];
  views: { id: string; name: string; query: string }[];
  unread: number;
}

type RowTuple = [
  string, // id
  string, // reference
  QueueRow["type"],
  RequestStatus,
  string, // jurisdiction
  string, // regime
  string | null, // controller country
  string | null, // controller zone
  QueueRow["channel"],
  number, // received_at, epoch ms
  string, // due_date
  number | null, // paused_at, epoch ms
  string | null, // assignee id
  string | null, // assignee name
  string, // email_enc
  number, // version
  string | null, // duplicate_of
];

type Row = {
  member: [string, string, string, StaffRole, string | null, boolean, boolean, number] | null;
  admitted: boolean;
  rows: RowTuple[] | null;
  counts: [RequestStatus, number][] | null;
  assignable: [string, string, string][] | null;
  views: [string, string, string][] | null;
  unread: number | null;
};

const wrappers = new Map<string, string>();

/** The statement around the queue's SELECT (written "(PAGE)"), its own parameters numbered after the page's `k`. */
function wrapperText(k: number, sort: QueueFilters["sort"], cap: number): string {
  const key = `${k}:${sort}:${cap}`;
  let text = wrappers.get(key);
  if (text === undefined) {
    const [uid, sv, roles] = [`$${k + 1}`, `$${k + 2}`, `$${k + 3}`];
    const order = sort === "due" ? "q.due_date, q.id" : "q.received_at desc, q.id desc";
    const admitted = "exists (select 1 from gate)";
    text = `with me as (
        select id, email, name, role, locale, active, must_change_password as must_change, session_version as sv
        from staff_users where id = ${uid}::uuid),
      gate as (select 1 from me where active and sv = ${sv}::int and not must_change and role::text = any(${roles}::text[]))
      select
        (select json_build_array(id, email, name, role, locale, active, must_change, sv) from me) as member,
        ${admitted} as admitted,
        (select json_agg(json_build_array(q.id, q.reference, q.type, q.status, q.jurisdiction, q.regime,
                  q.controller_country, q.controller_time_zone, q.channel,
                  floor(extract(epoch from q.received_at) * 1000), q.due_date,
                  floor(extract(epoch from q.paused_at) * 1000), q.assignee_id, q.name, q.email_enc, q.version,
                  q.duplicate_of) order by ${order})
           from (PAGE) q where ${admitted}) as rows,
        (select json_agg(json_build_array(c.status, c.n))
           from (select status, sum(n)::bigint as n from request_status_counts group by 1) c where ${admitted}) as counts,
        (select json_agg(json_build_array(a.id, a.name, a.role) order by a.name)
           from staff_users a where a.active and a.role in ('admin', 'dpo', 'agent') and ${admitted}) as assignable,
        (select json_agg(json_build_array(v.id, v.name, v.query) order by v.name)
           from staff_saved_views v where v.user_id = ${uid}::uuid and ${admitted}) as views,
        (select count(*)::int from (select 1 from staff_notifications n
           where n.user_id = ${uid}::uuid and n.read_at is null limit ${cap}) u where ${admitted}) as unread`;
    wrappers.set(key, text);
  }
  return text;
}

export type QueuePageParams = {
  uid: string;
  sv: number;
  viewRoles: readonly StaffRole[];
  filters: QueueFilters;
  now: Date;
  after?: QueueCursor | null;
  limit: number;
  unreadCap: number;
};

/** Statement names by text: a short hash of the text, worked out once per text. */
const names = new Map<string, string>();
/** A named prepared statement's name for `text` (`dsr_q_` + 16 hex of its SHA-256). */
export function statementName(text: string, prefix = "dsr_q_"): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size > 500) names.clear();
    name = prefix + createHash("sha256").update(text).digest("hex").slice(0, 16);
    names.set(text, name);
  }
  return name;
}

/**
 * The page's one statement as a named prepared statement (`{ name, text, values }` for pg): the name is
 * a hash of the text, so each text is parsed and planned once per pooled connection and then only
 * executed (the database keeps generic plans, migration 0032; the page size and open statuses are
 * literals so those plans use the indexes).
 */
export function queuePageStatement(db: Database, p: QueuePageParams): pg.QueryConfig {
  // Only the queue's own SELECT is built by drizzle (as the bench's bare query), once per shape
  // (queue-select-cache.ts); the rest of the statement is fixed text, numbered after its parameters.
  const page = queueSelect(db, {
    filters: p.filters,
    viewerId: p.uid,
    now: p.now,
    after: p.after,
    limit: p.limit,
  });
  const text = wrapperText(page.params.length, p.filters.sort, Math.trunc(p.unreadCap)).replace(
    "(PAGE)",
    `(${page.sql})`,
  );
  return { name: statementName(text), text, values: [...page.params, p.uid, p.sv, [...p.viewRoles]] };
}

/**
 * Everything the queue page shows, in one statement (one round trip, issue 16): the member re-read
 * (active, session version, role, password to change), and — only when that member passes the gate
 * (`active`, the cookie's session version, no password to change, a role in `viewRoles`) — the page of
 * rows (the queue's own SELECT, `queuePageQuery`, unchanged), the per-status counters, the assignable
 * staff, the member's saved views and the bell's unread count (capped). A member who fails the gate gets
 * none of it: the rows' scan is not even run (the gate is a one-time filter).
 */
export async function loadQueuePage(db: Database, p: QueuePageParams): Promise<QueuePageData> {
  // The database handle's own pool (drizzle keeps it as `$client`): the statement is already text.
  const client = (db as unknown as { $client: pg.Pool }).$client;
  const result = await client.query<Row>(queuePageStatement(db, p));
  const r = result.rows[0]!;
  const m = r.member;
  const member: QueuePageMember | null = m
    ? {
        id: m[0],
        email: m[1],
        name: m[2],
        role: m[3],
        locale: m[4],
        active: m[5],
        mustChangePassword: m[6],
        sessionVersion: m[7],
      }
    : null;
  const counts = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const [status, n] of r.counts ?? []) counts[status] = Number(n);
  const tuples = r.rows ?? [];
  const rows: QueueRow[] = [];
  const shown = Math.min(tuples.length, p.limit);
  for (let i = 0; i < shown; i++) {
    const t = tuples[i]!;
    rows.push({
      id: t[0],
      reference: t[1],
      type: t[2],
      status: t[3],
      jurisdiction: t[4],
      regime: t[5],
      controllerCountry: t[6],
      controllerTimeZone: t[7],
      channel: t[8],
      receivedAt: new Date(t[9]),
      dueDate: t[10],
      pausedAt: t[11] === null ? null : new Date(t[11]),
      assigneeId: t[12],
      assigneeName: t[13],
      emailEnc: t[14],
      version: t[15],
      duplicateOf: t[16],
    });
  }
  const last = rows[rows.length - 1];
  const next =
    tuples.length > p.limit && last
      ? { key: p.filters.sort === "due" ? last.dueDate : last.receivedAt.toISOString(), id: last.id }
      : null;
  return {
    member,
    admitted: r.admitted,
    rows,
    next,
    counts,
    assignable: (r.assignable ?? []).map(([id, name, role]) => ({ id, name, role })),
    views: (r.views ?? []).map(([id, name, query]) => ({ id, name, query })),
    unread: r.unread ?? 0,
  };
}
