import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockNotice, markNoticeAcknowledged } from "@/lib/db/queries/recipient-notices";
import { lockRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { detail } from "@/lib/domain/error-details";

export const acknowledgeNoticeInput = z.object({
  requestId: z.uuid(),
  noticeId: z.uuid(),
  note: z
    .string()
    .trim()
    .max(1000, "the note must be at most 1000 characters")
    .nullish()
    .transform((s) => s || null),
});

/** Staff record that a recipient confirmed the notice (by mail, phone…), with an optional note of how. */
export async function acknowledgeNotice(
  staffId: string,
  raw: z.input<typeof acknowledgeNoticeInput> | z.output<typeof acknowledgeNoticeInput>,
  now = new Date(),
): Promise<void> {
  const input = acknowledgeNoticeInput.parse(raw);
  await db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: input.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    const notice = await lockNotice(tx, { id: input.noticeId, requestId: request.id });
    if (!notice) throw new DomainError("not_found", detail("fulfilment.notice_not_found"));
    if (notice.status === "acknowledged")
      throw new DomainError("conflict", detail("fulfilment.notice_already_acknowledged"));
    await markNoticeAcknowledged(tx, { id: notice.id, staffId, note: input.note, now });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "notice.acknowledged",
      requestId: request.id,
      payload: { noticeId: notice.id, recipient: notice.recipientName, note: input.note },
    });
  });
}
