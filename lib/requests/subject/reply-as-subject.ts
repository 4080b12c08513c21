import { appendAudit } from "@/lib/audit/append";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { hasPendingLift } from "@/lib/db/queries/lift-notices";
import { insertMessage } from "@/lib/db/queries/messages";
import { findRequestByStatusTokenHash, lockRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { isOpenStatus } from "@/lib/domain/vocabulary";
import { insertAttachment } from "@/lib/db/queries/attachments";
import { env } from "@/lib/env";
import { checkAttachments } from "@/lib/requests/attachments/attachment-file";
import { notifyStaffAttention } from "@/lib/db/queries/staff-attention";
import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { lastStaffMessageAt } from "@/lib/db/queries/messages";
import { closedReplyOpen } from "@/lib/domain/closed-reply";
import { requestTimeZone, todayForRequest } from "@/lib/domain/deadline/today-for-request";

export const REPLY_MAX_LENGTH = 5000;

/**
 * The subject writes in the thread from their status page. The message, its audit entry and (when
 * staff were waiting for this answer) the `subject_replied` transition commit together.
 */
export async function replyAsSubject(p: {
  token: string;
  body: string;
  now?: Date;
  /** Files the subject attaches (checked by content and size, stored encrypted with the request). */
  attachments?: { name: string; bytes: Buffer }[];
}): Promise<{ messageId: string; resumed: boolean }> {
  const body = p.body.replace(/\r\n?/g, "\n").trim();
  if (!body) throw new DomainError("invalid_request", "Write your message before sending it.", { body: "required" });
  if (body.length > REPLY_MAX_LENGTH)
    throw new DomainError("invalid_request", `Your message is too long (at most ${REPLY_MAX_LENGTH} characters).`, {
      body: "too_long",
    });
  if (!p.token || p.token.length > 200) throw new DomainError("not_found", "This link is not valid.");
  const now = p.now ?? new Date();
  const files = checkAttachments(p.attachments ?? [], env().ATTACHMENT_MAX_BYTES);
  return db().transaction(async (tx) => {
    const found = await findRequestByStatusTokenHash(tx, { tokenHash: hashToken(p.token) });
    if (!found) throw new DomainError("not_found", "This link is not valid.");
    // Locked so a staff transition cannot slip between our status check and the reply.
    const row = (await lockRequest(tx, { id: found.id }))!;
    // Art. 18(3): a closed restriction request whose lift was announced takes answers until the lift runs.
    const liftPending = row.type === "restriction" && (await hasPendingLift(tx, { requestId: row.id }));
    // QA F27: staff wrote after it closed: the person may answer for 30 days, and the request stays closed.
    const afterClosure =
      !isOpenStatus(row.status) &&
      !liftPending &&
      closedReplyOpen(
        row,
        await lastStaffMessageAt(tx, { requestId: row.id }),
        todayForRequest(now, row),
        requestTimeZone(row),
      );
    if ((!isOpenStatus(row.status) && !liftPending && !afterClosure) || row.status === "unverified")
      throw new DomainError("invalid_transition", "This request is closed: you can no longer write in it.");
    const { id: messageId } = await insertMessage(tx, {
      requestId: row.id,
      direction: "inbound",
      body,
      createdAt: now,
    });
    for (const f of files) {
      const stored = await insertAttachment(tx, {
        requestId: row.id,
        messageId,
        fileName: f.fileName,
        contentType: f.type,
        content: f.bytes,
        uploadedBy: null,
      });
      await appendAudit(tx, {
        actor: { type: "subject" },
        action: "attachment.added",
        requestId: row.id,
        payload: {
          attachmentId: stored.id,
          messageId,
          contentType: f.type,
          bytes: f.bytes.length,
          sha256: stored.sha256,
        },
      });
    }
    const resumed = row.status === "awaiting_subject";
    if (resumed)
      await runTransition(tx, {
        requestId: row.id,
        actor: { kind: "subject" },
        action: { type: "subject_replied" },
        now,
      });
    // Whoever handles it hears of it (the assignee, else the DPOs): an answer lets the work go on, and a message during
    // a lift notice (Art. 18(3)) must be read before the lift runs.
    await notifyStaffAttention(tx, {
      request: row,
      kind: "subject_message",
      ...notificationOf(
        resumed
          ? "subject_replied"
          : liftPending
            ? "subject_message_lift"
            : afterClosure
              ? "subject_message_closed"
              : "subject_message",
        { reference: row.reference },
      ),
    });
    await appendAudit(tx, {
      actor: { type: "subject" },
      action: "request.subject_message",
      requestId: row.id,
      payload: {
        messageId,
        length: body.length,
        ...(liftPending ? { duringLiftNotice: true } : {}),
        ...(afterClosure ? { afterClosure: true } : {}),
      },
    });
    return { messageId, resumed };
  });
}
