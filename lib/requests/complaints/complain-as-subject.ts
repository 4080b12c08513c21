import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { appendAudit } from "@/lib/audit/append";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { insertComplaint, listComplaints } from "@/lib/db/queries/complaints";
import { notifyAssigneeOrDpos } from "@/lib/db/queries/notifications";
import { findRequestByStatusTokenHash, lockRequest } from "@/lib/db/queries/requests";
import { addDays, todayForRequest } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { regimeOfRequest } from "@/lib/mail/templates/regime-params";

export const COMPLAINT_MAX_LENGTH = 5000;
/**
 * s. 164A(3) DPA 2018: acknowledge "within the period of 30 days beginning when the complaint is received".
 * The period begins with the day of receipt (day 1 of 30), so its last day is receipt + 29 calendar days in
 * the controller's calendar, not + 30 (unlike GDPR Art. 12(3), where the day of receipt is not counted).
 */
export const COMPLAINT_ACKNOWLEDGE_DAYS = 30;

/** The last local date of the 30-day period of s. 164A(3) for a complaint received on `receivedDate`. */
export function complaintAcknowledgeBy(receivedDate: string): string {
  return addDays(receivedDate, COMPLAINT_ACKNOWLEDGE_DAYS - 1);
}
/** A link is not a mailbox: past this many complaints on one request, the subject writes in the thread. */
const MAX_COMPLAINTS_PER_REQUEST = 10;

/** Whether the subject of this request may complain to us from the status page (the UK route). */
export function offersControllerComplaint(r: { regime: string; jurisdiction: string; status: string }): boolean {
  return regimeOfRequest(r) === "UK_GDPR" && r.status !== "unverified";
}

/**
 * The subject complains to us, the controller, about how we handle their request (UK: s. 164A DPA
 * 2018, from the Data (Use and Access) Act 2025). One transaction: the complaint (encrypted) with its
 * acknowledgement date, the audit entry, and the bell of the assignee or the DPOs.
 */
export async function complainAsSubject(p: {
  token: string;
  body: string;
  now?: Date;
}): Promise<{ complaintId: string; acknowledgeBy: string }> {
  const body = p.body.replace(/\r\n?/g, "\n").trim();
  if (!body) throw new DomainError("invalid_request", "Write your complaint before sending it.", { body: "required" });
  if (body.length > COMPLAINT_MAX_LENGTH)
    throw new DomainError(
      "invalid_request",
      `Your complaint is too long (at most ${COMPLAINT_MAX_LENGTH} characters).`,
      {
        body: "too_long",
      },
    );
  if (!p.token || p.token.length > 200) throw new DomainError("not_found", "This link is not valid.");
  const now = p.now ?? new Date();
  return db().transaction(async (tx) => {
    const found = await findRequestByStatusTokenHash(tx, { tokenHash: hashToken(p.token) });
    if (!found) throw new DomainError("not_found", "This link is not valid.");
    const row = (await lockRequest(tx, { id: found.id }))!;
    if (!offersControllerComplaint(row))
      throw new DomainError("invalid_request", "Complaints to us from this page are not offered for this request.", {
        body: "not_offered",
      });
    if ((await listComplaints(tx, { requestId: row.id })).length >= MAX_COMPLAINTS_PER_REQUEST)
      throw new DomainError(
        "rate_limited",
        "You have sent many complaints about this request: write to us in the thread.",
      );
    const acknowledgeBy = complaintAcknowledgeBy(todayForRequest(now, row));
    const { id: complaintId } = await insertComplaint(tx, {
      requestId: row.id,
      body,
      receivedAt: now,
      acknowledgeBy,
    });
    await notifyAssigneeOrDpos(tx, {
      requestId: row.id,
      assigneeId: row.assigneeId,
      kind: "complaint_received",
      ...notificationOf("complaint_received", { reference: row.reference, date: acknowledgeBy }),
    });
    await appendAudit(tx, {
      actor: { type: "subject" },
      action: "complaint.received",
      requestId: row.id,
      payload: { complaintId, acknowledgeBy, length: body.length },
    });
    return { complaintId, acknowledgeBy };
  });
}
