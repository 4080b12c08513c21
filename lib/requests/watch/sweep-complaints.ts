import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { unacknowledgedComplaintsDueBy } from "@/lib/db/queries/complaints";
import { notifyAssigneeOrDpos } from "@/lib/db/queries/notifications";
import { claimReminder } from "@/lib/db/queries/watch";
import { addDays, localDateOf, requestTimeZone } from "@/lib/domain/deadline";

/** Days before the acknowledgement date when the bell first rings. */
export const COMPLAINT_WARN_DAYS = 7;
const BATCH = 500;

export type ComplaintThreshold = "complaint_ack_due_soon" | "complaint_ack_overdue";

/** Which reminder a complaint waiting for its acknowledgement calls for today, if any (pure). */
export function complaintThreshold(
  acknowledgeBy: string,
  today: string,
): { threshold: ComplaintThreshold; forDate: string } | null {
  // Overdue: once a day until acknowledged. Due soon: once, keyed on the acknowledgement date.
  if (today > acknowledgeBy) return { threshold: "complaint_ack_overdue", forDate: today };
  if (addDays(today, COMPLAINT_WARN_DAYS) >= acknowledgeBy)
    return { threshold: "complaint_ack_due_soon", forDate: acknowledgeBy };
  return null;
}

/**
 * Which reminder a complaint calls for at an instant: "today" is the controller's local date (the zone
 * recorded on the request, which its acknowledgement date was counted in), not UTC's, which is still
 * the day before in Paris until 01:00 or 02:00.
 */
export function complaintThresholdAt(acknowledgeBy: string, now: Date, timeZone: string) {
  return complaintThreshold(acknowledgeBy, localDateOf(now, timeZone));
}

/**
 * Rings the bell of the assignee (or the DPOs) for complaints made to us that are close to or past
 * their 30-day acknowledgement date (s. 164A DPA 2018). Each (complaint, threshold, day) is claimed
 * in `reminders` in the same transaction as the bell and its audit entry: a second run sends nothing.
 */
export async function sweepComplaints(now = new Date()): Promise<{ candidates: number; notified: number }> {
  // Acknowledgement dates are the controller's local dates: look one day further so every zone is covered.
  const today = localDateOf(now, "UTC");
  const due = await unacknowledgedComplaintsDueBy(db(), {
    horizon: addDays(today, COMPLAINT_WARN_DAYS + 1),
    limit: BATCH,
  });
  let notified = 0;
  for (const c of due) {
    const x = complaintThresholdAt(c.acknowledgeBy, now, requestTimeZone(c));
    if (!x) continue;
    const sent = await db().transaction(async (tx) => {
      const claimed = await claimReminder(tx, {
        requestId: c.requestId,
        threshold: `${x.threshold}:${c.id}`,
        forDate: x.forDate,
      });
      if (!claimed) return false;
      const people = await notifyAssigneeOrDpos(tx, {
        requestId: c.requestId,
        assigneeId: c.assigneeId,
        kind: x.threshold,
        ...notificationOf(x.threshold, { reference: c.reference, date: c.acknowledgeBy }),
      });
      await appendAudit(tx, {
        actor: { type: "system" },
        action: "complaint.acknowledge_alerted",
        requestId: c.requestId,
        payload: { complaintId: c.id, threshold: x.threshold, acknowledgeBy: c.acknowledgeBy, people },
      });
      return true;
    });
    if (sent) notified++;
  }
  return { candidates: due.length, notified };
}
