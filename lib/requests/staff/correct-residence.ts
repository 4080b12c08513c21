import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { listClockEvents, lockRequest, updateRequestIfVersion, type RequestRow } from "@/lib/db/queries/requests";
import {
  isSupportedJurisdiction,
  REGIMES,
  regimeForResidence,
  requestController,
  todayForRequest,
} from "@/lib/domain/deadline";
import { requestDeadline } from "@/lib/domain/deadline/request-deadline";
import { identityClockStart } from "@/lib/requests/transitions/lifecycle-context";
import { DomainError } from "@/lib/domain/errors";
import { isOpenStatus } from "@/lib/domain/vocabulary";
import { detail } from "@/lib/domain/error-details";
import { toLocale } from "@/lib/domain/locale";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";

export const correctResidenceInput = z.object({
  requestId: z.uuid(),
  expectedVersion: z.coerce.number().int().min(1).optional(),
  jurisdiction: z.string().trim().toUpperCase().refine(isSupportedJurisdiction, "is not a supported country or region"),
  reason: z.string().trim().min(10, "say why, in at least 10 characters").max(1000, "must be at most 1000 characters"),
});
export type CorrectResidenceInput = z.infer<typeof correctResidenceInput>;

/**
 * Staff correct where the requester lives, hence the regime that protects them (the portal's answer
 * was wrong, or the request came by letter from elsewhere). One transaction: the new residence and
 * regime, the due dates recomputed in the controller's calendar recorded on the request, the audit entry
 * with the reason and both due dates, and, when the answer is now due before the date the person was told,
 * the mail that tells them (`subjectTold`). A later date is not mailed: only an extension may announce one.
 */
export async function correctResidence(
  input: CorrectResidenceInput,
  staffId: string,
  now = new Date(),
): Promise<{ request: RequestRow; subjectTold: boolean }> {
  return db().transaction(async (tx) => {
    const row = await lockRequest(tx, { id: input.requestId });
    if (!row) throw new DomainError("not_found", detail("common.request_not_found"));
    if (input.expectedVersion !== undefined && row.version !== input.expectedVersion)
      throw new DomainError("conflict", detail("common.request_changed_meanwhile"));
    if (!isOpenStatus(row.status)) throw new DomainError("invalid_transition", detail("requests.closed_keeps_regime"));
    const regime = regimeForResidence(input.jurisdiction)!;
    if (input.jurisdiction === row.jurisdiction)
      throw new DomainError("invalid_request", detail("requests.same_residence"), {
        jurisdiction: "is already the recorded residence",
      });
    // An extension granted under the law first recorded does not exist under one that has none (the LGPD, the
    // nFADP): the request is then due at the end of that law's own period, however soon, and the audit says the
    // extension was dropped. Refusing the correction instead left a wrong law in force (QA F10).
    const extensionDropped = row.extendedAt !== null && !REGIMES[regime].extension;
    const extended = row.extendedAt !== null && !extensionDropped;
    const controller = requestController(row);
    const deadline = requestDeadline({
      jurisdiction: input.jurisdiction,
      controllerCountry: controller.country,
      controllerTimeZone: controller.timeZone,
      receivedAt: row.receivedAt,
      extended,
      clockEvents: await listClockEvents(tx, { requestId: row.id }),
      identityReceivedAt: await identityClockStart(tx, { ...row, jurisdiction: input.jurisdiction }, row.verifiedAt),
      asOf: now,
    });
    const updated = await updateRequestIfVersion(tx, {
      id: row.id,
      version: row.version,
      set: {
        jurisdiction: input.jurisdiction,
        regime,
        // A legacy row gets its calendar recorded, so it no longer depends on its residence.
        controllerCountry: controller.country,
        controllerTimeZone: controller.timeZone,
        firstDueDate: deadline.firstDueDate,
        extendedDueDate: extended ? deadline.extendedDueDate : null,
        dueDate: deadline.dueDate,
        ...(extensionDropped ? { extendedAt: null, extensionReason: null } : {}),
      },
    });
    if (!updated) throw new DomainError("conflict", detail("common.request_changed_meanwhile"));
    // The person was given the due date with the acknowledgement. A request not yet verified has an address not
    // known to be theirs (send-staff-message.ts): the acknowledgement sent on verification gives the corrected date.
    const subjectTold = deadline.dueDate < row.dueDate && row.verifiedAt !== null;
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "request.regime_corrected",
      requestId: row.id,
      payload: {
        reason: input.reason,
        from: { jurisdiction: row.jurisdiction, regime: row.regime, dueDate: row.dueDate },
        to: { jurisdiction: input.jurisdiction, regime, dueDate: deadline.dueDate },
        controllerCountry: controller.country,
        ...(extensionDropped ? { extensionDropped: { reason: row.extensionReason } } : {}),
        ...(subjectTold ? { subjectTold } : {}),
      },
    });
    if (subjectTold) {
      const locale = toLocale(updated.locale);
      const token = statusTokenOf(updated);
      await queueTemplateMail(tx, {
        key: `regime-correction-${updated.id}-v${updated.version}`,
        requestId: updated.id,
        to: decryptSubjectEmail(updated),
        locale,
        template: "regime_correction_notice",
        data: {
          reference: updated.reference,
          type: updated.type,
          previousDueDate: row.dueDate,
          dueDate: deadline.dueDate,
          timeZone: controller.timeZone,
          overdue: deadline.dueDate < todayForRequest(now, updated),
          extensionDropped,
          statusUrl: token ? links.status(locale, token) : links.portal(locale),
          ...regimeMailParams(updated),
        },
      });
    }
    return { request: updated, subjectTold };
  });
}
