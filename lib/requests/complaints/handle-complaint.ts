import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db, type Tx } from "@/lib/db/client";
import { findComplaint, markComplaintAcknowledged, markComplaintAnswered } from "@/lib/db/queries/complaints";
import { lockRequest, type RequestRow } from "@/lib/db/queries/requests";
import { localDateOf, requestTimeZone } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/domain/locale";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";
import { detail } from "@/lib/domain/error-details";

export const acknowledgeComplaintInput = z.object({ requestId: z.uuid(), complaintId: z.uuid() });
export const answerComplaintInput = z.object({
  requestId: z.uuid(),
  complaintId: z.uuid(),
  outcome: z
    .string()
    .trim()
    .min(10, "say what you found and did, in at least 10 characters")
    .max(5000, "must be at most 5000 characters"),
});

async function lockedRequest(tx: Tx, id: string) {
  const row = await lockRequest(tx, { id });
  if (!row) throw new DomainError("not_found", detail("common.request_not_found"));
  return row;
}

function subjectMail(r: RequestRow) {
  const locale = toLocale(r.locale);
  const token = statusTokenOf(r);
  return {
    to: decryptSubjectEmail(r),
    locale,
    statusUrl: token ? links.status(locale, token) : links.portal(locale),
    regime: regimeMailParams(r),
  };
}

/**
 * Staff acknowledge a complaint made to us (s. 164A DPA 2018: within 30 days). Once: the conditional
 * UPDATE claims it, so a double click or a retried action mails and audits nothing twice.
 */
export async function acknowledgeComplaint(
  input: z.infer<typeof acknowledgeComplaintInput>,
  staffId: string,
  now = new Date(),
): Promise<{ acknowledged: boolean }> {
  return db().transaction(async (tx) => {
    const row = await lockedRequest(tx, input.requestId);
    const done = await markComplaintAcknowledged(tx, {
      id: input.complaintId,
      requestId: row.id,
      staffId,
      at: now,
    });
    if (!done) {
      if (!(await findComplaint(tx, { id: input.complaintId, requestId: row.id })))
        throw new DomainError("not_found", detail("requests.complaint_not_found"));
      return { acknowledged: false };
    }
    const m = subjectMail(row);
    await queueTemplateMail(tx, {
      key: `complaint-ack-${done.id}`,
      to: m.to,
      locale: m.locale,
      template: "complaint_acknowledged",
      data: {
        reference: row.reference,
        receivedOn: localDateOf(done.receivedAt, requestTimeZone(row)),
        statusUrl: m.statusUrl,
        ...m.regime,
      },
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "complaint.acknowledged",
      requestId: row.id,
      payload: {
        complaintId: done.id,
        acknowledgeBy: done.acknowledgeBy,
        late: localDateOf(now, requestTimeZone(row)) > done.acknowledgeBy,
      },
    });
    return { acknowledged: true };
  });
}

/** Staff tell the subject the outcome of their complaint; once per complaint (conditional UPDATE). */
export async function answerComplaint(
  input: z.infer<typeof answerComplaintInput>,
  staffId: string,
  now = new Date(),
): Promise<{ answered: boolean }> {
  return db().transaction(async (tx) => {
    const row = await lockedRequest(tx, input.requestId);
    const before = await findComplaint(tx, { id: input.complaintId, requestId: row.id });
    if (!before) throw new DomainError("not_found", detail("requests.complaint_not_found"));
    const done = await markComplaintAnswered(tx, {
      id: before.id,
      requestId: row.id,
      staffId,
      outcome: input.outcome,
      at: now,
      acknowledgedAt: before.acknowledgedAt,
    });
    if (!done) return { answered: false };
    const m = subjectMail(row);
    await queueTemplateMail(tx, {
      key: `complaint-outcome-${done.id}`,
      to: m.to,
      locale: m.locale,
      template: "complaint_outcome",
      data: { reference: row.reference, outcome: input.outcome, statusUrl: m.statusUrl, ...m.regime },
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "complaint.answered",
      requestId: row.id,
      payload: { complaintId: done.id, length: input.outcome.length, acknowledgedWithAnswer: !before.acknowledgedAt },
    });
    return { answered: true };
  });
}
