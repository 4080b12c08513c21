import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

export const AUDIT_PAGE_SIZE = 100;

export interface AuditFilters {
  requestId?: string;
  actorId?: string;
  /** "system" or "subject": the actors without an id (a scan from the newest entry; they are frequent). */
  actorType?: string;
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
  if (params.filters.actorId) where.push(eq(auditLog.actorId, params.filters.actorId));
  if (params.filters.actorType) where.push(eq(auditLog.actorType, params.filters.actorType));
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
