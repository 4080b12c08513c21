import { isOpenStatus, type RequestStatus } from "./vocabulary";

/**
 * The one definition of "overdue" that the queue, the request page, the dashboard, the digest and the
 * deadline sweep share (issue 17): a request is overdue when it is still open — unverified included, since
 * a letter entered late is late whatever its verification — its clock is running (not stopped while
 * waiting for the subject: the due date moves when it restarts), and its due date is before "today" in
 * the controller's time zone (`todayForRequest`). The SQL twins are in lib/db/queries/overdue.ts: `overdueWhere`
 * over request rows, `bucketOverdue` over the maintained open-request buckets (the dashboard).
 */
export interface DeadlineState {
  status: RequestStatus;
  pausedAt: Date | null;
  dueDate: string;
}

export function clockRunning(r: Pick<DeadlineState, "status" | "pausedAt">): boolean {
  return isOpenStatus(r.status) && r.pausedAt === null;
}

export function isOverdue(r: DeadlineState, today: string): boolean {
  return clockRunning(r) && r.dueDate < today;
}

/**
 * Whether the time limit for refusing (lib/domain/deadline: refusalDueDate) has passed "today" in the
 * controller's zone: as for the deadline, its last day is still in time. The refuse panel warns with it and the
 * audit entry of a refusal records it.
 */
export function refusalLimitPassed(refusalDueDate: string, today: string): boolean {
  return refusalDueDate < today;
}
