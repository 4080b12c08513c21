import { branding } from "@/lib/branding/config";
import type { Db } from "@/lib/db/client";
import type { RecipientNoticeRow } from "@/lib/db/queries/recipient-notices";
import type { RequestRow } from "@/lib/db/queries/requests";
import type { TaskRow } from "@/lib/db/queries/tasks";
import { env } from "@/lib/env";
import { detailOf } from "@/lib/fulfilment/step-results/details";
import { queueMail } from "@/lib/mail/queue-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import { regimeOfRequest } from "@/lib/mail/templates/regime-params";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import type { NoticeAction } from "./systems-with-records";

/** The mail key of the n-th sending of a notice: each sending goes out once, however often its job runs. */
export const noticeMailKey = (noticeId: string, sendCount: number) => `art19-${noticeId}-${sendCount}`;

/**
 * Queues the Art. 19 notice of one recipient (through the outbox, with the caller's transaction).
 * A rectification notice lists the approved changes made in that recipient's system.
 */
export async function queueNoticeMail(
  tx: Db,
  p: { request: RequestRow; tasks: TaskRow[]; notice: RecipientNoticeRow },
): Promise<void> {
  const { notice } = p;
  if (!notice.recipientEmail) throw new Error(`notice ${notice.id} has no address`);
  const gate = p.tasks.find((t) => t.operation === "approve_changes" && t.status === "succeeded");
  const approved = notice.action === "rectification" && gate ? detailOf("approve_changes", gate) : null;
  const details = (approved?.changes ?? [])
    .filter((ch) => ch.systemId === notice.systemId)
    .map((ch) => `${ch.field} → ${ch.value ?? "(removed)"}`);
  const mail = await staffMails.recipientNotice({
    recipientName: notice.recipientName,
    companyName: branding().companyName,
    reference: p.request.reference,
    regime: regimeOfRequest(p.request),
    action: notice.action as NoticeAction,
    subjectEmail: decryptSubjectEmail(p.request),
    details,
    contactEmail: env().DPO_CONTACT,
  });
  await queueMail(
    tx,
    noticeMailKey(notice.id, notice.sendCount),
    { to: notice.recipientEmail, ...mail },
    { requestId: p.request.id, template: "recipient_notice", recipientRole: "recipient" },
  );
}
