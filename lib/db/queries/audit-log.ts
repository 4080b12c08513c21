import { and, desc, eq, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

export const AUDIT_PAGE_SIZE = 100;

export interface AuditFilters {
  requestId?: string;
  /**
   * Who acted: entries by any of these staff members or API keys, or by any of these actors without an id
   * ("system", "subject": a scan from the newest entry; they are frequent). Given, both empty match nothing.
   */
  actors?: { ids: string[]; types: string[] };
  action?: string;
}

/** Newest first, keyset-paged on seq; each filter has its (column, seq) index. */
export async function listAuditPage(
  db: Db,
  params: { filters: AuditFilters; beforeSeq?: number | null; limit?: number },
) {
  const limit = params.limit ?? AUDIT_PAGE_SIZE;
  const where: SQL[] = [];
  if (params.filters.requestId) where.push(eq(auditLog.requestId, params.filters.requestId));
  const actors = params.filters.actors;
  if (actors) {
    const either = [
      ...(actors.ids.length ? [inArray(auditLog.actorId, actors.ids)] : []),
      ...(actors.types.length ? [inArray(auditLog.actorType, actors.types)] : []),
    ];
    if (either.length === 0) return { rows: [], nextBeforeSeq: null };
    where.push(or(...either)!);
  }
  if (params.filters.action) where.push(eq(auditLog.action, params.filters.action));
  if (params.beforeSeq) where.push(lt(auditLog.seq, params.beforeSeq));
  const rows = await db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, nextBeforeSeq: rows.length > limit ? (page[page.length - 1]?.seq ?? null) : null };
}

/** Which of `actions` the request's audit trail holds at least once. */
export async function recordedAuditActions(
  db: Db,
  p: { requestId: string; actions: readonly string[] },
): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.requestId, p.requestId), inArray(auditLog.action, [...p.actions])));
  return new Set(rows.map((r) => r.action));
}
