import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { lockVerification } from "@/lib/db/queries/verifications";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { DomainError } from "@/lib/domain/errors";
import { links } from "@/lib/mail/links";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { issueFreshVerification } from "./fresh-verification";
import {
  VERIFICATION_CODE_MINUTES,
  VERIFICATION_LINK_HOURS,
  VERIFICATION_MAX_CODES_SENT,
} from "./verification-secrets";
import { toLocale } from "@/lib/domain/locale";
import { todayForRequest } from "@/lib/domain/deadline";

/**
 * Sends a fresh link and code for an unverified request (the old ones stop working). At most
 * VERIFICATION_MAX_CODES_SENT mails per request, so the form cannot be used to flood a mailbox. `by`: a staff
 * member asked the consumer of an agent's request to verify directly (11 CCR § 7063(a)(1)), audited as theirs.
 */
export async function resendVerification(requestId: string, now = new Date(), by?: { staffId: string }): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) throw new DomainError("not_found", "This request does not exist.");
  await db().transaction(async (tx) => {
    const v = await lockVerification(tx, { requestId });
    const request = await findRequest(tx, { id: requestId });
    if (!v || !request) throw new DomainError("not_found", "This request does not exist.");
    if (v.verifiedAt || request.status !== "unverified")
      throw new DomainError("already_verified", "This request is already confirmed or closed.");
    if (v.codesSent >= VERIFICATION_MAX_CODES_SENT)
      throw new DomainError(
        "rate_limited",
        "We already sent several codes for this request. Check your mailbox, including spam.",
        undefined,
        3600,
      );
    const { token, code, codesSent } = await issueFreshVerification(tx, { requestId, now, countAsSent: true });
    await appendAudit(tx, {
      actor: by ? { type: "staff", id: by.staffId } : { type: "subject" },
      action: by ? "request.consumer_asked_to_verify" : "request.verification_resent",
      requestId,
      payload: { codesSent },
    });
    const locale = toLocale(request.locale);
    await queueTemplateMail(tx, {
      key: `verification-${requestId}-${codesSent}`,
      priority: "interactive",
      to: decryptSubjectEmail(request),
      locale,
      template: "verification",
      data: {
        reference: request.reference,
        type: request.type,
        verifyUrl: links.verify(locale, token),
        code,
        codeMinutes: VERIFICATION_CODE_MINUTES,
        linkHours: VERIFICATION_LINK_HOURS,
        dueDate: request.dueDate,
        overdue: request.dueDate < todayForRequest(now, request),
        ...regimeMailParams(request),
      },
    });
  });
}
