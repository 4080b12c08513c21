import { decryptMaybe } from "@/lib/crypto/env-keys";
import { and, asc, desc, eq, or } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, requestNotes, requests, staffUsers } from "../schema";

/** Audit entries of one request, oldest first (uses audit_log_request_idx). */
export async function listRequestAudit(db: Db, params: { requestId: string; limit?: number }) {
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorType: auditLog.actorType,
      actorId: auditLog.actorId,
      action: auditLog.action,
      payload: auditLog.payload,
    })
    .from(auditLog)
    .where(eq(auditLog.requestId, params.requestId))
    .orderBy(asc(auditLog.seq))
    .limit(params.limit ?? 500);
}

/** A request's internal notes, oldest first, bodies decrypted (they may quote the subject). */
export async function listRequestNotesWithBodies(db: Db, params: { requestId: string }) {
  const rows = await listRequestNotes(db, params);
  return rows.map(({ bodyEnc, ...n }) => ({
    ...n,
    body: decryptMaybe(bodyEnc, `request_notes.body:${params.requestId}`) ?? "",
  }));
}

/** A request's internal notes, oldest first, bodies still sealed. */
export async function listRequestNotes(db: Db, params: { requestId: string }) {
  return db
    .select({
      id: requestNotes.id,
      bodyEnc: requestNotes.bodyEnc,
      authorName: staffUsers.name,
      createdAt: requestNotes.createdAt,
    })
    .from(requestNotes)
    .innerJoin(staffUsers, eq(staffUsers.id, requestNotes.authorId))
    .where(eq(requestNotes.requestId, params.requestId))
    .orderBy(asc(requestNotes.createdAt));
}

/** The request this one duplicates, and the requests filed as duplicates of it. */
export async function listLinkedDuplicates(db: Db, params: { requestId: string; duplicateOf: string | null }) {
  const cond = params.duplicateOf
    ? or(eq(requests.duplicateOf, params.requestId), eq(requests.id, params.duplicateOf))
    : eq(requests.duplicateOf, params.requestId);
  return db
    .select({
      id: requests.id,
      reference: requests.reference,
      status: requests.status,
      type: requests.type,
      receivedAt: requests.receivedAt,
    })
    .from(requests)
    .where(and(cond))
    .orderBy(desc(requests.receivedAt))
    .limit(50);
}

/** id → name of every staff member, for labelling audit actors. */
export async function staffNamesById(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: staffUsers.id, name: staffUsers.name }).from(staffUsers);
  return new Map(rows.map((r) => [r.id, r.name]));
}
