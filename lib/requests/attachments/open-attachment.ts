import { appendAudit } from "@/lib/audit/append";
import { can, type PolicySubject } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { readAttachment } from "@/lib/db/queries/attachments";
import { DomainError } from "@/lib/domain/errors";
import { detail } from "@/lib/domain/error-details";

/**
 * A staff member opens a file of a request's thread: only roles that may see subject data (403
 * otherwise, before anything is read), scoped by the request in the query, each opening audited.
 */
export async function openAttachment(
  staff: PolicySubject & { id: string },
  p: { requestId: string; attachmentId: string },
): Promise<{ fileName: string; contentType: string; content: Buffer }> {
  if (!can(staff, "request.view_subject")) throw new DomainError("forbidden", detail("common.not_allowed"));
  const file = await readAttachment(db(), { requestId: p.requestId, id: p.attachmentId });
  if (!file) throw new DomainError("not_found", detail("requests.file_not_found"));
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "staff", id: staff.id },
      action: "attachment.viewed",
      requestId: p.requestId,
      payload: { attachmentId: file.id, messageId: file.messageId, contentType: file.contentType, bytes: file.bytes },
    }),
  );
  return { fileName: file.fileName, contentType: file.contentType, content: file.content };
}
