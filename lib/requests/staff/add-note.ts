import { appendAudit } from "@/lib/audit/append";
import { encrypt } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { requestNotes } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { detail } from "@/lib/domain/error-details";

/** An internal note on a request (never shown to the subject), encrypted at rest and audited. */
export async function addNote(p: { requestId: string; staffId: string; body: string }): Promise<{ noteId: string }> {
  const body = p.body.trim();
  if (!body) throw new DomainError("reason_required", detail("requests.write_note_first"), { body: "is required" });
  if (body.length > 5000)
    throw new DomainError("invalid_request", detail("requests.note_too_long"), {
      body: "must be at most 5000 characters",
    });
  return db().transaction(async (tx) => {
    const request = await findRequest(tx, { id: p.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    const [row] = await tx
      .insert(requestNotes)
      .values({
        requestId: request.id,
        authorId: p.staffId,
        bodyEnc: encrypt(body, `request_notes.body:${request.id}`),
      })
      .returning({ id: requestNotes.id });
    // The note text stays out of the audit log: it is stored (encrypted) with the request.
    await appendAudit(tx, {
      actor: { type: "staff", id: p.staffId },
      action: "request.note_added",
      requestId: request.id,
      payload: { noteId: row!.id },
    });
    return { noteId: row!.id };
  });
}
