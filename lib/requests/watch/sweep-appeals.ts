import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { undecidedAppealsDueBy } from "@/lib/db/queries/appeals";
import { notifyAssigneeOrDpos } from "@/lib/db/queries/notifications";
import { claimReminder } from "@/lib/db/queries/watch";
import { addDays, localDateOf } from "@/lib/domain/deadline";

/** Days before the decision date when the bell first rings. */
export const APPEAL_WARN_DAYS = 7;
const BATCH = 500;

export type AppealThreshold = "appeal_decision_due_soon" | "appeal_decision_overdue";

/** Which reminder an undecided appeal calls for today, if any (pure). */
export function appealThreshold(
  decideBy: string,
  today: string,
): { threshold: AppealThreshold; forDate: string } | null {
  // Overdue: once a day until decided. Due soon: once, keyed on the decision date.
  if (today > decideBy) return { threshold: "appeal_decision_overdue", forDate: today };
  if (addDays(today, APPEAL_WARN_DAYS) >= decideBy) return { threshold: "appeal_decision_due_soon", forDate: decideBy };
  return null;
}

/**
 * Rings the bell of the assignee (or the DPOs) for appeals close to or past their decision date (e.g.
 * Va. Code § 59.1-577(C): 60 days). Each (appeal, threshold, day) is claimed in `reminders` in the same
 * transaction as the bell and its audit entry: a second run sends nothing.
 */
export async function sweepAppeals(now = new Date()): Promise<{ candidates: number; notified: number }> {
  // Decision dates are the controller's local dates: look one day further so every zone is covered.
  const today = localDateOf(now, "UTC");
  const due = await undecidedAppealsDueBy(db(), { horizon: addDays(today, APPEAL_WARN_DAYS + 1), limit: BATCH });
  let notified = 0;
  for (const a of due) {
    const x = appealThreshold(a.decideBy, today);
    if (!x) continue;
    const sent = await db().transaction(async (tx) => {
      const claimed = await claimReminder(tx, {
        requestId: a.requestId,
        threshold: `${x.threshold}:${a.id}`,
        forDate: x.forDate,
      });
      if (!claimed) return false;
      const title =
        x.threshold === "appeal_decision_overdue"
          ? `${a.reference}: appeal not decided, due ${a.decideBy}`
          : `${a.reference}: decide the appeal by ${a.decideBy}`;
      const people = await notifyAssigneeOrDpos(tx, {
        requestId: a.requestId,
        assigneeId: a.assigneeId,
        kind: x.threshold,
        title,
      });
      await appendAudit(tx, {
        actor: { type: "system" },
        action: "appeal.decision_alerted",
        requestId: a.requestId,
        payload: { appealId: a.id, threshold: x.threshold, decideBy: a.decideBy, people },
      });
      return true;
    });
    if (sent) notified++;
  }
  return { candidates: due.length, notified };
}
