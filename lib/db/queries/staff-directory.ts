import { sql } from "drizzle-orm";
import type { StaffRole } from "@/lib/domain/vocabulary";
import type { Db } from "../client";

export const STAFF_PAGE_SIZE = 50;
/** The longest search the page accepts (a name or an e-mail address). */
export const STAFF_SEARCH_MAX = 200;

export interface StaffDirectoryRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  active: boolean;
  totpEnabledAt: Date | null;
  mustChangePassword: boolean;
}

/** A page's cursor: the last row's creation time to the microsecond (a JS Date would round it) and id. */
const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function isStaffCursor(value: string): boolean {
  return CURSOR.test(value);
}

/** `text` as a LIKE pattern matching it anywhere, its own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The admins' list of staff accounts, newest first (an account just created heads the first page), keyset
 * paged on (created_at, id), optionally those whose name or e-mail contains `q` (case-insensitive); with
 * how many accounts match in all. A company's staff is thousands of rows at most: the count and the
 * search scan the table, which stays well under a millisecond there.
 */
export async function listStaffPage(
  db: Db,
  p: { q?: string | null; after?: string | null; limit?: number },
): Promise<{ rows: StaffDirectoryRow[]; next: string | null; total: number }> {
  const limit = p.limit ?? STAFF_PAGE_SIZE;
  const cursor = p.after ? CURSOR.exec(p.after) : null;
  const q = p.q?.trim() ?? "";
  const match = q ? sql`(name ilike ${containsPattern(q)} or email ilike ${containsPattern(q)})` : sql`true`;
  // One statement: the count of matches, joined to the page of them (no page row: the count alone).
  const { rows } = await db.execute<{
    id: string | null;
    email: string;
    name: string;
    role: StaffRole;
    active: boolean;
    totp_enabled_at: string | null;
    must_change_password: boolean;
    created_key: string;
    total: number;
  }>(sql`
    select p.*, m.total
    from (select count(*)::int as total from staff_users where ${match}) m
    left join lateral (
      select id::text as id, email, name, role::text as role, active, totp_enabled_at, must_change_password,
        created_at, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
      from staff_users
      where ${match}
        ${cursor ? sql`and (created_at, id) < (${cursor[1]}::timestamptz, ${cursor[2]}::uuid)` : sql``}
      order by created_at desc, id desc
      limit ${limit + 1}) p on true
    order by p.created_at desc, p.id desc`);
  const found = rows.filter((r) => r.id !== null);
  const shown = found.slice(0, limit);
  const last = shown.at(-1);
  return {
    rows: shown.map((r) => ({
      id: r.id!,
      email: r.email,
      name: r.name,
      role: r.role,
      active: r.active,
      totpEnabledAt: r.totp_enabled_at === null ? null : new Date(r.totp_enabled_at),
      mustChangePassword: r.must_change_password,
    })),
    next: found.length > limit && last ? `${last.created_key}|${last.id}` : null,
    total: rows[0]?.total ?? 0,
  };
}
