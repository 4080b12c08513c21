import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { decryptSubjectFields, type SubjectFields } from "@/lib/requests/subject-fields";

/** Decrypts a request's subject details for a staff member and records who saw whose data, when. */
export async function viewSubjectDetails(p: { requestId: string; staffId: string }): Promise<SubjectFields> {
  return db().transaction(async (tx) => {
    const request = await findRequest(tx, { id: p.requestId });
    if (!request) throw new DomainError("not_found", "This request does not exist.");
    await appendAudit(tx, {
      actor: { type: "staff", id: p.staffId },
      action: "request.subject_viewed",
      requestId: request.id,
      payload: {},
    });
    return decryptSubjectFields(request);
  });
}
