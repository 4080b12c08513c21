import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findAppealOfRequest, markAppealExtended } from "@/lib/db/queries/appeals";
import { findRequest } from "@/lib/db/queries/requests";
import { localDateOf, requestTimeZone, todayForRequest } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/domain/locale";
import { appealDecisionDue } from "@/lib/domain/us-states/appeal";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";
import { APPEAL_DECIDER_ROLES } from "./decide-appeal";
import { detail } from "@/lib/domain/error-details";

export const extendAppealInput = z.object({
  requestId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(10, "give the reason for the extension, in at least 10 characters")
    .max(2000, "must be at most 2000 characters"),
});

/**
 * Extends an appeal's decision period where the state's law allows it (Colorado 45 + 60 days,
 * Minnesota, New Jersey: `appeal.decideExtensionDays`, cited in each state's record): once, inside the first
 * period, with a reason mailed to the person. The new date counts from the appeal's receipt
 * (appealDecisionDue().extended). One transaction: the appeal's date moved, the mail queued, the audit
 * entry; a second click or a retry finds the appeal extended and changes nothing.
 */
export async function extendAppeal(
  input: z.infer<typeof extendAppealInput>,
  staff: { id: string; role: StaffRole },
  now = new Date(),
): Promise<{ extended: boolean; decideBy: string }> {
  if (!APPEAL_DECIDER_ROLES.includes(staff.role))
    throw new DomainError("forbidden", detail("requests.appeal_extender_role"));
  return db().transaction(async (tx) => {
    const appeal = await findAppealOfRequest(tx, { requestId: input.requestId });
    if (!appeal) throw new DomainError("not_found", detail("requests.no_appeal"));
    if (appeal.decidedAt)
      throw new DomainError("conflict", detail("requests.appeal_already_decided"), { appeal: "decided" });
    if (appeal.extendedAt) return { extended: false, decideBy: appeal.decideBy };
    const row = (await findRequest(tx, { id: input.requestId }))!;
    const zone = requestTimeZone(row);
    const dates = appealDecisionDue(appeal.regime, localDateOf(appeal.receivedAt, zone));
    if (!dates?.extended)
      throw new DomainError("invalid_request", detail("requests.appeal_no_extension"), {
        appeal: "no extension under this law",
      });
    // The notice must reach the person within the first period.
    if (todayForRequest(now, row) > appeal.decideBy)
      throw new DomainError("invalid_request", detail("requests.appeal_period_over"), {
        appeal: "the first decision period is over",
      });
    const done = await markAppealExtended(tx, {
      id: appeal.id,
      requestId: row.id,
      newDate: dates.extended,
      reason: input.reason,
      staffId: staff.id,
      at: now,
    });
    if (!done) return { extended: false, decideBy: appeal.decideBy };
    const locale = toLocale(row.locale);
    const token = statusTokenOf(row);
    await queueTemplateMail(tx, {
      key: `appeal-extension-${appeal.id}`,
      to: decryptSubjectEmail(row),
      locale,
      template: "appeal_extension",
      requestId: row.id,
      data: {
        reference: row.reference,
        newDate: dates.extended,
        timeZone: zone,
        reason: input.reason,
        statusUrl: token ? links.status(locale, token) : links.portal(locale),
        ...regimeMailParams(row),
      },
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: staff.id },
      action: "appeal.extended",
      requestId: row.id,
      payload: { appealId: appeal.id, from: appeal.decideBy, to: dates.extended, length: input.reason.length },
    });
    return { extended: true, decideBy: dates.extended };
  });
}
