import { addBusinessDays, daysBetween } from "@/lib/domain/deadline";
import { isOverdue } from "@/lib/domain/overdue";
import type { RequestStatus } from "@/lib/domain/vocabulary";

export const THRESHOLDS = [
  "due_in_7",
  "due_in_3",
  "due_in_1",
  "due_today",
  "overdue",
  "extension_cutoff",
  "ccpa_acknowledgement",
  "unassigned",
] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export interface WatchedRequest {
  status: RequestStatus;
  dueDate: string;
  firstDueDate: string;
  extended: boolean;
  extensionAllowed: boolean;
  assigneeId: string | null;
  paused: boolean;
  /** Local date the request was verified, if it was. */
  verifiedDate: string | null;
  /** CCPA: the date receipt must be confirmed by, and whether it was (the verification mail delivered). */
  acknowledgeBy: string | null;
  acknowledged: boolean;
}

export interface Crossing {
  threshold: Threshold;
  /** With the request and threshold, the once-only key: the due date for countdowns, the day for daily ones. */
  forDate: string;
}

const WORKING = new Set<RequestStatus>(["new", "in_progress", "awaiting_subject", "in_review"]);

/**
 * Which thresholds a request has crossed on `today` (its jurisdiction's local date). Pure: the sweep
 * asks this for each candidate the indexed query found. A paused clock (waiting for the subject)
 * silences the countdown; the most urgent countdown step wins, earlier ones are not sent late.
 */
export function thresholdsCrossed(r: WatchedRequest, today: string): Crossing[] {
  const out: Crossing[] = [];
  if (r.acknowledgeBy && !r.acknowledged && r.status !== "withdrawn" && daysBetween(today, r.acknowledgeBy) <= 2) {
    out.push({ threshold: "ccpa_acknowledgement", forDate: r.acknowledgeBy });
  }
  // "Overdue" is the shared definition (lib/domain/overdue.ts): any open request with its clock running,
  // unverified included — a letter entered after its due date is escalated, not silently late.
  const overdue = isOverdue({ status: r.status, pausedAt: r.paused ? new Date(0) : null, dueDate: r.dueDate }, today);
  if (!WORKING.has(r.status)) {
    if (overdue) out.push({ threshold: "overdue", forDate: today });
    return out;
  }
  if (!r.assigneeId && r.verifiedDate && addBusinessDays(r.verifiedDate, 2) <= today) {
    out.push({ threshold: "unassigned", forDate: r.verifiedDate });
  }
  if (r.paused) return out;
  const left = daysBetween(today, r.dueDate);
  if (overdue) out.push({ threshold: "overdue", forDate: today });
  else if (left === 0) out.push({ threshold: "due_today", forDate: r.dueDate });
  else if (left === 1) out.push({ threshold: "due_in_1", forDate: r.dueDate });
  else if (left <= 3) out.push({ threshold: "due_in_3", forDate: r.dueDate });
  else if (left <= 7) out.push({ threshold: "due_in_7", forDate: r.dueDate });
  if (!r.extended && r.extensionAllowed) {
    const toCutoff = daysBetween(today, r.firstDueDate);
    if (toCutoff >= 0 && toCutoff <= 3) out.push({ threshold: "extension_cutoff", forDate: r.firstDueDate });
  }
  return out;
}

/** Who hears of a crossing: the assignee (the DPOs when none); overdue also escalates to DPOs and managers. */
export function audienceOf(
  threshold: Threshold,
  assigneeId: string | null,
): { assignee: boolean; dpos: boolean; managers: boolean } {
  if (threshold === "overdue") return { assignee: true, dpos: true, managers: true };
  if (threshold === "unassigned") return { assignee: false, dpos: true, managers: false };
  return { assignee: Boolean(assigneeId), dpos: !assigneeId, managers: false };
}
