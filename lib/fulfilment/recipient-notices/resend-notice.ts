import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockNotice, markNoticeResent } from "@/lib/db/queries/recipient-notices";
import { lockRequest } from "@/lib/db/queries/requests";
import { listTasks } from "@/lib/db/queries/tasks";
import { DomainError } from "@/lib/domain/errors";
import { queueNoticeMail } from "./send-notice";
import { detail } from "@/lib/domain/error-details";

export const noticeInput = z.object({ requestId: z.uuid(), noticeId: z.uuid() });

/**
 * Staff send an Art. 19 notice again (no answer from the recipient). The new sending has its own mail
 * key, so a double click that reaches the server twice is two sendings, each sent once — and the
 * audit shows both. An acknowledged notice is not re-sent.
 */
export async function resendNotice(
  staffId: string,
  raw: z.input<typeof noticeInput>,
  now = new Date(),
): Promise<{ sendCount: number }> {
  const input = noticeInput.parse(raw);
  return db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: input.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    const notice = await lockNotice(tx, { id: input.noticeId, requestId: request.id });
    if (!notice) throw new DomainError("not_found", detail("fulfilment.notice_not_found"));
    if (notice.status === "acknowledged")
      throw new DomainError("conflict", detail("fulfilment.notice_acknowledged_by_recipient"));
    if (!notice.recipientEmail) throw new DomainError("invalid_request", detail("fulfilment.recipient_has_no_email"));
    const row = await markNoticeResent(tx, { id: notice.id, now });
    await queueNoticeMail(tx, { request, tasks: await listTasks(tx, { requestId: request.id }), notice: row });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "notice.resent",
      requestId: request.id,
      payload: { noticeId: notice.id, recipient: notice.recipientName, sendCount: row.sendCount },
    });
    return { sendCount: row.sendCount };
  });
}
