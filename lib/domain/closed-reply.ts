import { addDays, localDateOf, type LocalDate } from "./deadline/local-date";
import { isOpenStatus, type RequestStatus } from "./vocabulary";

/**
 * How long after a request closes the person may still answer a message staff wrote on it (QA F27): a question
 * asked after completion, refusal or withdrawal deserves an answer, as a ticketing tool lets a customer answer a
 * solved ticket for a while. The answer never reopens the request; it is filed in the thread and staff are told.
 */
export const CLOSED_REPLY_DAYS = 30;

export interface ClosedReplyState {
  status: RequestStatus;
  closedAt: Date | null;
  /** Only a person who proved their address is invited to write (an expired unverified request is not). */
  verifiedAt: Date | null;
  minimisedAt?: Date | null;
}

/** The last calendar day (controller's zone) on which a closed request takes an answer: closure day + 30. */
export function closedReplyUntil(closedAt: Date, timeZone: string): LocalDate {
  return addDays(localDateOf(closedAt, timeZone), CLOSED_REPLY_DAYS);
}

/**
 * Whether the person may answer on a closed request "today" (controller's zone): staff wrote to them after it
 * closed (`lastStaffMessageAt`, a message staff typed, not a lifecycle mail: its one definition is the query of
 * that name in lib/db/queries/messages.ts) and the window has not ended. The status page, the reply use case and
 * the staff message mail all ask this one function, so they agree.
 */
export function closedReplyOpen(
  r: ClosedReplyState,
  lastStaffMessageAt: Date | null,
  today: LocalDate,
  timeZone: string,
): boolean {
  if (isOpenStatus(r.status) || r.closedAt === null || r.verifiedAt === null || r.minimisedAt) return false;
  if (lastStaffMessageAt === null || lastStaffMessageAt < r.closedAt) return false;
  return today <= closedReplyUntil(r.closedAt, timeZone);
}
