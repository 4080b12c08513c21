import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { listMessages, type RequestMessage } from "@/lib/db/queries/messages";
import { findRequest } from "@/lib/db/queries/requests";
import { listRequestNotesWithBodies } from "@/lib/db/queries/workspace";
import { DomainError } from "@/lib/domain/errors";
import { decryptSubjectFields, type SubjectFields } from "@/lib/requests/subject-fields";
import { detail } from "@/lib/domain/error-details";

export interface SubjectContent {
  fields: SubjectFields;
  messages: RequestMessage[];
  notes: { id: string; authorName: string; createdAt: Date; body: string }[];
}

/**
 * Everything a request's workspace shows that comes from or about the subject — their details,
 * the message thread, the internal notes (which quote them) — read and decrypted in one transaction
 * with the audit entry that records who saw it: a view that cannot be recorded is not shown. Only
 * for staff whose role has `request.view_subject`; the caller checks it.
 */
export async function viewSubjectContent(p: {
  requestId: string;
  staffId: string;
  /** Who reads: a staff member (default) or an API key (its id is then `staffId`'s place in the log). */
  actorType?: "staff" | "api_key";
  part?: string;
}): Promise<SubjectContent> {
  return db().transaction(async (tx) => {
    const request = await findRequest(tx, { id: p.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    const messages = await listMessages(tx, { requestId: request.id });
    const notes = await listRequestNotesWithBodies(tx, { requestId: request.id });
    await appendAudit(tx, {
      actor: { type: p.actorType ?? "staff", id: p.staffId },
      action: "request.subject_viewed",
      requestId: request.id,
      payload: { part: p.part ?? "workspace", messages: messages.length, notes: notes.length },
    });
    return { fields: decryptSubjectFields(request), messages, notes };
  });
}
