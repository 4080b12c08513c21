import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { requests } from "../schema";

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
