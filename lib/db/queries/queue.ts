import { and, asc, count, desc, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { requests, requestStatusCounts, staffUsers } from "../schema";
import {
  CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type Channel,
  type RequestStatus,
  type RequestType,
} from "@/lib/domain/vocabulary";
import { nameTokensWhere } from "./name-tokens";
import { dueWithinWhere, openStatusWhere, overdueWhere } from "./overdue";

export const QUEUE_PAGE_SIZE = 50;

export interface QueueFilters {
  /** "open" (default): every live status; "all": everything; or one status. */
  status: "open" | "all" | RequestStatus;
  type?: RequestType;
  /** "me", "unassigned" or a staff id. */
  assignee?: string;
  due?: "overdue" | "week";
  jurisdiction?: string;
  /** The regime code (GDPR, CCPA, …) and a due date bound (YYYY-MM-DD, exclusive): the REST API's filters. */
  regime?: string;
  dueBefore?: string;
  channel?: Channel;
  /** Exact reference (DSR-…) or, when it contains "@", the blind index of an e-mail. */
  reference?: string;
  emailBidx?: string | string[];
  /** The name search: per token of the query, its blind indexes (lib/crypto/env-keys nameSearchIndexes). */
  nameTokens?: string[][];
  sort: "due" | "received";
}

export interface QueueCursor {
  key: string; // due date (YYYY-MM-DD) or received_at (ISO)
  id: string;
}

export interface QueueRow {
  id: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  jurisdiction: string;
  regime: string;
  controllerCountry: string | null;
  controllerTimeZone: string | null;
  channel: Channel;
  receivedAt: Date;
  dueDate: string;
  pausedAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  emailEnc: string;
  version: number;
  duplicateOf: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString("base64url");
}

/** A cursor from the URL, or null when it is malformed (then the first page is shown). */
export function decodeCursor(raw: string | undefined, sort: QueueFilters["sort"]): QueueCursor | null {
  if (!raw) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    if (typeof key !== "string" || typeof id !== "string" || !UUID.test(id)) return null;
    if (sort === "due" ? !/^\d{4}-\d{2}-\d{2}$/.test(key) : Number.isNaN(Date.parse(key))) return null;
    return { key, id };
  } catch {
    return null;
  }
}

function whereOf(f: QueueFilters, viewerId: string, now: Date): SQL[] {
  const where: SQL[] = [];
  if (f.status === "open" || (f.status === "all" && f.due)) where.push(openStatusWhere());
  else if (f.status !== "all") where.push(eq(requests.status, f.status));
  if (f.type) where.push(eq(requests.type, f.type));
  if (f.assignee === "me") where.push(eq(requests.assigneeId, viewerId));
  else if (f.assignee === "unassigned") where.push(isNull(requests.assigneeId));
  else if (f.assignee && UUID.test(f.assignee)) where.push(eq(requests.assigneeId, f.assignee));
  if (f.due === "overdue") where.push(overdueWhere(now));
  if (f.due === "week") where.push(dueWithinWhere(now, 7));
  if (f.jurisdiction) where.push(eq(requests.jurisdiction, f.jurisdiction));
  if (f.regime) where.push(eq(requests.regime, f.regime));
  if (f.dueBefore) where.push(lt(requests.dueDate, f.dueBefore));
  if (f.channel) where.push(eq(requests.channel, f.channel));
  if (f.reference) where.push(eq(requests.reference, f.reference));
  if (f.emailBidx) where.push(inArray(requests.emailBidx, [f.emailBidx].flat()));
  if (f.nameTokens) where.push(...(f.nameTokens.length ? nameTokensWhere(f.nameTokens) : [sql`false`]));
  return where;
}

/** The queue's SELECT for one page (limit + 1 rows); exposed so scripts can EXPLAIN exactly this query. */
export function queuePageQuery(
  db: Db,
  params: { filters: QueueFilters; viewerId: string; now: Date; after?: QueueCursor | null; limit?: number },
) {
  const limit = params.limit ?? QUEUE_PAGE_SIZE;
  const f = params.filters;
  const where = whereOf(f, params.viewerId, params.now);
  const after = params.after;
  if (after) {
    where.push(
      f.sort === "due"
        ? sql`(${requests.dueDate}, ${requests.id}) > (${after.key}::date, ${after.id}::uuid)`
        : sql`(${requests.receivedAt}, ${requests.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`,
    );
  }
  const order =
    f.sort === "due" ? [asc(requests.dueDate), asc(requests.id)] : [desc(requests.receivedAt), desc(requests.id)];
  return (
    db
      .select({
        id: requests.id,
        reference: requests.reference,
        type: requests.type,
        status: requests.status,
        jurisdiction: requests.jurisdiction,
        regime: requests.regime,
        controllerCountry: requests.controllerCountry,
        controllerTimeZone: requests.controllerTimeZone,
        channel: requests.channel,
        receivedAt: requests.receivedAt,
        dueDate: requests.dueDate,
        pausedAt: requests.pausedAt,
        assigneeId: requests.assigneeId,
        assigneeName: staffUsers.name,
        emailEnc: requests.emailEnc,
        version: requests.version,
        duplicateOf: requests.duplicateOf,
      })
      .from(requests)
      .leftJoin(staffUsers, eq(staffUsers.id, requests.assigneeId))
      .where(where.length ? and(...where) : undefined)
      .orderBy(...order)
      // A literal, not a parameter: on the database's generic plans (migration 0032) a parameter LIMIT is
      // planned as a tenth of the table, and the overdue and due-soon filters got a parallel scan whose two
      // workers cost 17–20 ms to start for 51 rows. The page size is one of PAGE_SIZES, an integer.
      .limit(sql.raw(String(Math.trunc(limit) + 1)) as unknown as number)
  );
}

/**
 * One page of the staff queue, keyset-paged on (due_date, id) ascending or (received_at, id)
 * descending, so a deep page costs what the first one does. Fetches one row more than the page to
 * know whether there is a next page.
 */
export async function listQueuePage(
  db: Db,
  params: { filters: QueueFilters; viewerId: string; now: Date; after?: QueueCursor | null; limit?: number },
): Promise<{ rows: QueueRow[]; next: QueueCursor | null }> {
  const limit = params.limit ?? QUEUE_PAGE_SIZE;
  const rows = await queuePageQuery(db, params);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next =
    rows.length > limit && last
      ? { key: params.filters.sort === "due" ? last.dueDate : last.receivedAt.toISOString(), id: last.id }
      : null;
  return { rows: page, next };
}

/**
 * Requests per status over the whole table (the status tabs of the queue): read from the counters the
 * `requests` triggers keep in the same transaction as every change (migration 0023), not counted.
 */
export async function countQueueByStatus(db: Db): Promise<Record<RequestStatus, number>> {
  const rows = await db
    .select({ status: requestStatusCounts.status, n: sql<number>`sum(${requestStatusCounts.n})::int` })
    .from(requestStatusCounts)
    .groupBy(requestStatusCounts.status);
  const counts = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** The same figures counted from the rows (tests and the bench compare the counters with it). */
export async function recountQueueByStatus(db: Db): Promise<Record<RequestStatus, number>> {
  const rows = await db.select({ status: requests.status, n: count() }).from(requests).groupBy(requests.status);
  const counts = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function isRequestType(v: string | undefined): v is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(v ?? "");
}
export function isChannel(v: string | undefined): v is Channel {
  return (CHANNELS as readonly string[]).includes(v ?? "");
}
export function isRequestStatus(v: string | undefined): v is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(v ?? "");
}
