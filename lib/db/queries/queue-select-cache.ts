import type { Db } from "../client";
import { queuePageQuery, type QueueCursor, type QueueFilters } from "./queue";

/**
 * The queue's SELECT (`queuePageQuery`, drizzle) built once per shape instead of once per page: drizzle
 * spent 0.1 ms of CPU building the open queue's SELECT and 0.6–0.8 ms for the overdue and due-soon
 * filters (today's date in every known zone, then a long `or`), per page. The text and values depend only
 * on the filters, the page size, whether there is a cursor, the viewer (only for `assignee=me`) and —
 * for the due filters — today's date per zone, which is the same for every instant of one minute (zone
 * offsets are whole minutes). A keyset cursor is the SELECT's last two values (the cursor's condition is
 * the WHERE's last and nothing after it takes a value: the order has none and the LIMIT is a literal), so
 * it is put in place of the cached ones. `queue-select-cache.test.ts` checks the result equals a fresh
 * build for every filter, with and without a cursor.
 */
export interface QueueSelectParams {
  filters: QueueFilters;
  viewerId: string;
  now: Date;
  after?: QueueCursor | null;
  limit: number;
}
type Built = { sql: string; params: unknown[] };

const MAX_ENTRIES = 1000;
const cache = new Map<string, Built>();

function keyOf(p: QueueSelectParams): string {
  const f = p.filters;
  return JSON.stringify([
    f,
    p.limit,
    p.after ? 1 : 0,
    f.assignee === "me" ? p.viewerId : null,
    f.due ? Math.floor(p.now.getTime() / 60_000) : null,
  ]);
}

export function queueSelect(db: Db, p: QueueSelectParams): Built {
  // A search (reference, e-mail or name blind indexes) is a one-off shape: caching it would only hold
  // those indexes in memory and push the filter shapes out of a full cache.
  if (p.filters.reference || p.filters.emailBidx || p.filters.nameTokens) {
    const q = queuePageQuery(db, p).toSQL();
    return { sql: q.sql, params: q.params };
  }
  const key = keyOf(p);
  let built = cache.get(key);
  if (!built) {
    const q = queuePageQuery(db, p).toSQL();
    built = { sql: q.sql, params: q.params };
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, built);
    return built;
  }
  if (!p.after) return built;
  const params = built.params.slice();
  params[params.length - 2] = p.after.key;
  params[params.length - 1] = p.after.id;
  return { sql: built.sql, params };
}
