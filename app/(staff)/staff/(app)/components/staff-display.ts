import { clockRunning, isOverdue, type DeadlineState } from "@/lib/domain/overdue";
import { isOpenStatus, type RequestStatus } from "@/lib/domain/vocabulary";

export type DueBadge = {
  kind: "overdue" | "soon3" | "soon7" | "later" | "paused" | "closed";
  daysLeft: number;
  label: string;
};

/** Whole days from `today` to `dueDate` (both YYYY-MM-DD); negative once overdue. */
export function daysBetweenDates(today: string, dueDate: string): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * The queue's days-left badge: overdue (the shared definition, lib/domain/overdue.ts), ≤ 3 days, ≤ 7 days,
 * later; a stopped clock says so; closed requests have none.
 */
export function dueBadge(r: DeadlineState, today: string): DueBadge {
  const daysLeft = daysBetweenDates(today, r.dueDate);
  if (!isOpenStatus(r.status)) return { kind: "closed", daysLeft, label: "closed" };
  if (!clockRunning(r)) return { kind: "paused", daysLeft, label: "clock stopped" };
  if (isOverdue(r, today)) return { kind: "overdue", daysLeft, label: `${-daysLeft} d overdue` };
  const label = daysLeft === 0 ? "due today" : `${daysLeft} d left`;
  if (daysLeft <= 3) return { kind: "soon3", daysLeft, label };
  if (daysLeft <= 7) return { kind: "soon7", daysLeft, label };
  return { kind: "later", daysLeft, label };
}

/** c***@example.com: enough to tell requests apart, not enough to identify the person. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

export const STATUS_LABELS: Record<RequestStatus, string> = {
  unverified: "Unverified",
  new: "New",
  in_progress: "In progress",
  awaiting_subject: "Awaiting subject",
  in_review: "In review",
  completed: "Completed",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export function formatInstant(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
