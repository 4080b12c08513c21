import { appendAudit } from "@/lib/audit/append";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { findAppealOfRequest, insertAppeal, lastGateDecider, lastRefusedBy } from "@/lib/db/queries/appeals";
import { notifyAssigneeOrDpos } from "@/lib/db/queries/notifications";
import { findRequestByStatusTokenHash, lockRequest, type RequestRow } from "@/lib/db/queries/requests";
import { localDateOf, requestTimeZone, todayForRequest } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { appealDecisionDue, appealOpenUntil } from "@/lib/domain/us-states/appeal";
import { toLocale } from "@/lib/domain/locale";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams, regimeOfRequest } from "@/lib/mail/templates/regime-params";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";

export const APPEAL_MAX_LENGTH = 5000;

/**
 * Until when the subject may appeal this request's refusal from the status page (the controller's local
 * date), or null: not refused (nor completed with part refused, `partialRefusal`), no appeal under its
 * regime, or the window is over (`now` decides).
 */
export function appealOpenUntilFor(r: RequestRow, now = new Date()): string | null {
  const refused = r.status === "rejected" || (r.status === "completed" && r.partialRefusal !== null);
  if (!refused || !r.closedAt || r.minimisedAt) return null;
  const until = appealOpenUntil(regimeOfRequest(r), localDateOf(r.closedAt, requestTimeZone(r)));
  if (!until || todayForRequest(now, r) > until) return null;
  return until;
}

/**
 * The subject appeals the refusal of their request (US state laws, e.g. Va. Code § 59.1-577(C)). One
 * transaction: the appeal (reason encrypted) with its decision date from the state's period, who made the
 * refusal (so someone else decides), the bell of the assignee or the DPOs, the audit entry. One per request:
 * a second appeal is refused with a clear message, a retried form changes nothing.
 */
export async function fileAppeal(p: {
  token: string;
  reason: string;
  now?: Date;
}): Promise<{ appealId: string; decideBy: string }> {
  const reason = p.reason.replace(/\r\n?/g, "\n").trim();
  if (!reason)
    throw new DomainError("invalid_request", "Say why you disagree with our decision.", { reason: "required" });
  if (reason.length > APPEAL_MAX_LENGTH)
    throw new DomainError("invalid_request", `Your appeal is too long (at most ${APPEAL_MAX_LENGTH} characters).`, {
      reason: "too_long",
    });
  if (!p.token || p.token.length > 200) throw new DomainError("not_found", "This link is not valid.");
  const now = p.now ?? new Date();
  return db().transaction(async (tx) => {
    const found = await findRequestByStatusTokenHash(tx, { tokenHash: hashToken(p.token) });
    if (!found) throw new DomainError("not_found", "This link is not valid.");
    const row = (await lockRequest(tx, { id: found.id }))!;
    if (await findAppealOfRequest(tx, { requestId: row.id }))
      throw new DomainError("conflict", "You have already appealed this decision.", { reason: "already_appealed" });
    if (!appealOpenUntilFor(row, now))
      throw new DomainError("invalid_request", "This decision cannot be appealed from this page.", {
        reason: "not_open",
      });
    const regime = regimeOfRequest(row);
    const decideBy = appealDecisionDue(regime, todayForRequest(now, row))!.due;
    const inserted = await insertAppeal(tx, {
      requestId: row.id,
      regime,
      reason,
      receivedAt: now,
      decideBy,
      // A partial refusal was made at the package review or erasure approval: its decider may not decide.
      refusedBy:
        row.status === "completed"
          ? await lastGateDecider(tx, { requestId: row.id })
          : await lastRefusedBy(tx, { requestId: row.id }),
    });
    if (!inserted) throw new DomainError("conflict", "You have already appealed this decision.");
    await notifyAssigneeOrDpos(tx, {
      requestId: row.id,
      assigneeId: row.assigneeId,
      kind: "appeal_received",
      title: `${row.reference}: appeal of the refusal received (decide by ${decideBy})`,
    });
    // The acknowledgement: the decision date in the controller's zone, labelled (appeal-received.tsx).
    const locale = toLocale(row.locale);
    const token = statusTokenOf(row);
    await queueTemplateMail(tx, {
      key: `appeal-received-${inserted.id}`,
      to: decryptSubjectEmail(row),
      locale,
      template: "appeal_received",
      requestId: row.id,
      data: {
        reference: row.reference,
        decideBy,
        timeZone: requestTimeZone(row),
        statusUrl: token ? links.status(locale, token) : links.portal(locale),
        ...regimeMailParams(row),
      },
    });
    await appendAudit(tx, {
      actor: { type: "subject" },
      action: "appeal.filed",
      requestId: row.id,
      payload: { appealId: inserted.id, decideBy, regime, length: reason.length },
    });
    return { appealId: inserted.id, decideBy };
  });
}
