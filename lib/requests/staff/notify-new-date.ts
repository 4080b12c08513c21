import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { insertDateNotice, listDateNotices } from "@/lib/db/queries/complaints";
import { lockRequest } from "@/lib/db/queries/requests";
import { isValidLocalDate, todayForRequest } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/domain/locale";
import { isOpenStatus, type RequestStatus } from "@/lib/domain/vocabulary";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams, regimeOfRequest } from "@/lib/mail/templates/regime-params";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";
import { detail } from "@/lib/domain/error-details";

export const notifyNewDateInput = z.object({
  requestId: z.uuid(),
  newDate: z.string().trim().refine(isValidLocalDate, "must be a date (YYYY-MM-DD)"),
  reason: z.string().trim().min(10, "say why, in at least 10 characters").max(2000, "must be at most 2000 characters"),
});
export type NotifyNewDateInput = z.infer<typeof notifyNewDateInput>;

/** Whether "notify a new date" is offered: Swiss requests (nFADP), still open. */
export function offersNewDate(r: { regime: string; jurisdiction: string; status: RequestStatus }): boolean {
  return regimeOfRequest(r) === "NFADP" && isOpenStatus(r.status);
}

/**
 * nFADP: when we cannot answer within 30 days, we tell the person and give the date by which we will
 * (access and portability: art. 18 al. 2 OPDo, SR 235.11, the 30 days art. 18 al. 1 OPDo; the art. 32 nFADP
 * claims have no statutory limit, so there the 30 days and the notice are our own commitment). The notice, its audit entry and
 * the mail commit together; the same date sent twice is one notice and one mail. The legal due date
 * is not moved: the notice is how the delay is lawfully told, and the workspace shows it beside the date.
 */
export async function notifyNewDate(
  input: NotifyNewDateInput,
  staffId: string,
  now = new Date(),
): Promise<{ noticeId: string | null; newDate: string }> {
  return db().transaction(async (tx) => {
    const row = await lockRequest(tx, { id: input.requestId });
    if (!row) throw new DomainError("not_found", detail("common.request_not_found"));
    if (regimeOfRequest(row) !== "NFADP")
      throw new DomainError("invalid_request", detail("requests.new_date_swiss_only"), {
        newDate: "is offered on Swiss requests only",
      });
    if (!isOpenStatus(row.status)) throw new DomainError("invalid_transition", detail("requests.new_date_closed"));
    if (input.newDate <= row.dueDate)
      throw new DomainError("invalid_request", detail("requests.new_date_before_due"), {
        newDate: `must be after ${row.dueDate}`,
      });
    const today = todayForRequest(now, row);
    if (input.newDate <= today)
      throw new DomainError("invalid_request", detail("requests.new_date_in_past"), {
        newDate: `must be after ${today}`,
      });
    const [latest] = await listDateNotices(tx, { requestId: row.id });
    if (latest && input.newDate < latest.newDate)
      throw new DomainError("invalid_request", detail("requests.later_date_notified"), {
        newDate: `must not be before ${latest.newDate}, the date already given`,
      });
    const notice = await insertDateNotice(tx, {
      requestId: row.id,
      newDate: input.newDate,
      reason: input.reason,
      staffId,
      at: now,
    });
    if (!notice) return { noticeId: null, newDate: input.newDate };
    const locale = toLocale(row.locale);
    const token = statusTokenOf(row);
    await queueTemplateMail(tx, {
      key: `new-date-${notice.id}`,
      to: decryptSubjectEmail(row),
      locale,
      template: "new_date_notice",
      data: {
        reference: row.reference,
        type: row.type,
        newDate: input.newDate,
        reason: input.reason,
        statusUrl: token ? links.status(locale, token) : links.portal(locale),
        ...regimeMailParams(row),
      },
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "request.new_date_notified",
      requestId: row.id,
      payload: { noticeId: notice.id, newDate: input.newDate, dueDate: row.dueDate, reason: input.reason },
    });
    return { noticeId: notice.id, newDate: input.newDate };
  });
}
