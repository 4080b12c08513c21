import { eq, ilike, inArray, or } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys, requests, staffUsers } from "../schema";
import { containsPattern } from "./staff-directory";

/** The references of the requests an audit page names (one query per page, by primary key). */
export async function requestReferencesByIds(db: Db, params: { ids: string[] }): Promise<Map<string, string>> {
  const ids = [...new Set(params.ids)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: requests.id, reference: requests.reference })
    .from(requests)
    .where(inArray(requests.id, ids));
  return new Map(rows.map((r) => [r.id, r.reference]));
}

/** The request with this reference (unique index), for filters that take the reference staff know. */
export async function findRequestIdByReference(db: Db, params: { reference: string }): Promise<string | null> {
  const [row] = await db
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.reference, params.reference.trim().toUpperCase()));
  return row?.id ?? null;
}

/**
 * Who the audit page's "who acted" text names: the staff members whose name or e-mail and the API keys whose
 * name contain `term` (case-insensitive, `%` and `_` taken literally). Staff are a few thousand rows at most.
 */
export async function auditActorsMatching(
  db: Db,
  params: { term: string },
): Promise<{
  staff: { id: string; name: string; email: string; role: string }[];
  apiKeys: { id: string; name: string }[];
}> {
  const pattern = containsPattern(params.term.trim());
  const [staff, keys] = await Promise.all([
    db
      .select({ id: staffUsers.id, name: staffUsers.name, email: staffUsers.email, role: staffUsers.role })
      .from(staffUsers)
      .where(or(ilike(staffUsers.name, pattern), ilike(staffUsers.email, pattern)))
      .orderBy(staffUsers.name, staffUsers.email),
    db
      .select({ id: apiKeys.id, name: apiKeys.name })
      .from(apiKeys)
      .where(ilike(apiKeys.name, pattern))
      .orderBy(apiKeys.name),
  ]);
  return { staff, apiKeys: keys };
}
