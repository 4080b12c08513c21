import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { insertMessage } from "@/lib/db/queries/messages";
import { findRequest } from "@/lib/db/queries/requests";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { DomainError } from "@/lib/domain/errors";
import { links } from "@/lib/mail/links";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { toLocale } from "@/lib/domain/locale";
import { insertAttachment } from "@/lib/db/queries/attachments";
import { env } from "@/lib/env";
import { checkAttachments } from "@/lib/requests/attachments/attachment-file";
import { detail } from "@/lib/domain/error-details";
import { closedReplyOpen, closedReplyUntil } from "@/lib/domain/closed-reply";
import { requestTimeZone, todayForRequest } from "@/lib/domain/deadline/today-for-request";
import { isOpenStatus } from "@/lib/domain/vocabulary";

export interface SendStaffMessageParams {
  requestId: string;
  /** The staff member writing; null when an API key writes (`apiKeyId`). */
  staffId: string | null;
  /** An API call (lib/auth/api-keys.ts): the key is the audit actor. */
  apiKeyId?: string;
  message: string;
  /** Files attached to the message (checked by content and size, stored encrypted with the request). */
  attachments?: { name: string; bytes: Buffer }[];
}

/**
 * Writes to the subject: the message is stored (encrypted) as outbound correspondence, audited, and
 * mailed with the staff_message template in the subject's language, all in one transaction.
 * Additive, so it does not bump the request version: nothing a concurrent writer did is overwritten.
 */
export async function sendStaffMessage(p: SendStaffMessageParams): Promise<{ messageId: string }> {
  const message = p.message.trim();
  if (!message)
    throw new DomainError("reason_required", detail("requests.write_message_first"), { message: "is required" });
  if (message.length > 5000)
    throw new DomainError("invalid_request", detail("requests.message_too_long"), {
      message: "must be at most 5000 characters",
    });
  const files = checkAttachments(p.attachments ?? [], env().ATTACHMENT_MAX_BYTES);
  return db().transaction(async (tx) => {
    const request = await findRequest(tx, { id: p.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    // The address of a request never verified may not belong to the person who filed it: neither while it
    // waits nor once it expired unconfirmed and was withdrawn (QA, session 19).
    if (request.verifiedAt === null) throw new DomainError("invalid_transition", detail("requests.subject_unverified"));
    // Minimised at the end of its record period (lib/maintenance): there is no address left to write to.
    if (request.minimisedAt)
      throw new DomainError("invalid_transition", detail("requests.minimised_details_destroyed"));
    const now = new Date();
    const { id: messageId } = await insertMessage(tx, {
      requestId: request.id,
      direction: "outbound",
      body: message,
      templateKey: "staff_message",
      authorStaffId: p.staffId,
      createdAt: now,
    });
    const actor = p.apiKeyId
      ? ({ type: "api_key", id: p.apiKeyId } as const)
      : ({ type: "staff", id: p.staffId } as const);
    const attachmentIds: string[] = [];
    for (const f of files) {
      const stored = await insertAttachment(tx, {
        requestId: request.id,
        messageId,
        fileName: f.fileName,
        contentType: f.type,
        content: f.bytes,
        uploadedBy: p.staffId,
      });
      attachmentIds.push(stored.id);
      // The file's facts, never its name or content (personal data stays out of the audit chain).
      await appendAudit(tx, {
        actor,
        action: "attachment.added",
        requestId: request.id,
        payload: {
          attachmentId: stored.id,
          messageId,
          contentType: f.type,
          bytes: f.bytes.length,
          sha256: stored.sha256,
        },
      });
    }
    const locale = toLocale(request.locale);
    const token = statusTokenOf(request);
    // QA F27: on a closed request the mail says what the status page will do with an answer (the same rule).
    const zone = requestTimeZone(request);
    const closed = isOpenStatus(request.status)
      ? undefined
      : {
          replyUntil:
            token && request.closedAt && closedReplyOpen(request, now, todayForRequest(now, request), zone)
              ? closedReplyUntil(request.closedAt, zone)
              : null,
          portalUrl: links.portal(locale),
        };
    await appendAudit(tx, {
      actor,
      action: "request.message_sent",
      requestId: request.id,
      payload: { messageId, template: "staff_message", locale },
    });
    await queueTemplateMail(tx, {
      key: `staff_message-${messageId}`,
      to: decryptSubjectEmail(request),
      locale,
      template: "staff_message",
      data: {
        reference: request.reference,
        message,
        statusUrl: token ? links.status(locale, token) : links.portal(locale),
        ...(attachmentIds.length > 0 ? { files: attachmentIds.length } : {}),
        ...(closed ? { closed } : {}),
      },
      // The files go with the mail: the mail job decrypts them when it sends (only their ids are queued).
      attachments: { requestId: request.id, ids: attachmentIds },
    });
    return { messageId };
  });
}
