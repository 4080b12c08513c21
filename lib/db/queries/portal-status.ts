import { and, asc, desc, eq, gte, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, exports, requestAppeals, requests } from "../schema";
import { OPEN_STATUSES } from "@/lib/domain/vocabulary";

/** Audit actions of one request, oldest first: only the action and time, never payloads (they name staff). */
export async function listRequestAuditActions(db: Db, params: { requestId: string }) {
  return db
    .select({ action: auditLog.action, at: auditLog.at, actorType: auditLog.actorType })
    .from(auditLog)
    .where(eq(auditLog.requestId, params.requestId))
    .orderBy(asc(auditLog.seq));
}

/** The newest package delivered for a request (approved by staff), if the fulfilment produced one. */
export async function findLatestExport(db: Db, params: { requestId: string }) {
  const [row] = await db
    .select({
      id: exports.id,
      expiresAt: exports.expiresAt,
      downloads: exports.downloads,
      maxDownloads: exports.maxDownloads,
      purgedAt: exports.purgedAt,
      exclusions: exports.exclusions,
    })
    .from(exports)
    .where(and(eq(exports.requestId, params.requestId), isNotNull(exports.approvedAt)))
    .orderBy(desc(exports.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * The requests filed with this e-mail (blind index) whose status page still serves: open ones, and answered or
 * refused ones closed since `closedSince` (a package to download, a refusal to appeal) or with an appeal under
 * review. Newest first: what a lost-link mail may point to.
 */
export async function listLinkableRequestsByEmailIndex(
  db: Db,
  params: { emailBidx: string | string[]; closedSince: Date; limit: number },
) {
  return db
    .select({
      id: requests.id,
      reference: requests.reference,
      type: requests.type,
      status: requests.status,
      locale: requests.locale,
      emailEnc: requests.emailEnc,
      statusTokenEnc: requests.statusTokenEnc,
    })
    .from(requests)
    .where(
      and(
        inArray(requests.emailBidx, [params.emailBidx].flat()),
        or(
          inArray(requests.status, [...OPEN_STATUSES]),
          and(
            inArray(requests.status, ["completed", "rejected"]),
            or(
              gte(requests.closedAt, params.closedSince),
              sql`exists (select 1 from ${requestAppeals} a where a.request_id = ${requests.id} and a.decided_at is null)`,
            ),
          ),
        ),
      ),
    )
    .orderBy(desc(requests.receivedAt))
    .limit(params.limit);
}
