import { and, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { mailDeliveries, requestTasks } from "@/lib/db/schema";
import type { TaskRow } from "./tasks";

/**
 * The key a lift notice is mailed under: one per lift of the request. A lift staff cancelled may be started
 * again, and its notice is a new mail (round 2, 3…); the first keeps the key notices always had.
 */
export const liftNoticeMailKey = (requestId: string, round = 1) =>
  round <= 1 ? `lift-notice-${requestId}` : `lift-notice-${requestId}-${round}`;

/** Which lift of the request a notice key belongs to (1 for the first); null when it is not one of its notice keys. */
export function liftNoticeRound(requestId: string, key: string): number | null {
  const first = liftNoticeMailKey(requestId);
  if (key === first) return 1;
  const m = key.startsWith(`${first}-`) ? /^([2-9]|[1-9]\d+)$/.exec(key.slice(first.length + 1)) : null;
  return m ? Number(m[1]) : null;
}

export const isLiftNoticeMailKey = (requestId: string, key: string) => liftNoticeRound(requestId, key) !== null;

/** The key of the mail telling the subject that the lift announced under `noticeKey` is called off. */
export const liftCalledOffMailKey = (noticeKey: string) => noticeKey.replace(/^lift-notice-/, "lift-called-off-");

/**
 * Lift notices that SMTP accepted and whose notice period has not been set yet, with when SMTP took them. A
 * waiting notice names its mail in its summary (the current lift's, not an earlier cancelled one's).
 */
export async function listAcceptedUnscheduledLiftNotices(
  db: Db,
  p: { limit: number },
): Promise<{ task: TaskRow; acceptedAt: Date }[]> {
  const rows = await db
    .select({ task: requestTasks, acceptedAt: mailDeliveries.acceptedAt })
    .from(requestTasks)
    .innerJoin(mailDeliveries, eq(mailDeliveries.key, sql`${requestTasks.resultSummary}->>'mailKey'`))
    .where(
      and(
        eq(requestTasks.operation, "lift_notice"),
        eq(requestTasks.status, "waiting"),
        isNull(requestTasks.notBefore),
        isNotNull(mailDeliveries.acceptedAt),
      ),
    )
    .limit(p.limit);
  return rows.map((r) => ({ task: r.task, acceptedAt: r.acceptedAt! }));
}

/** Lift notices whose notice period has passed: the lift may run. */
export async function listDueLiftNotices(db: Db, p: { now: Date; limit: number }): Promise<TaskRow[]> {
  return db
    .select()
    .from(requestTasks)
    .where(
      and(
        eq(requestTasks.operation, "lift_notice"),
        eq(requestTasks.status, "waiting"),
        lte(requestTasks.notBefore, p.now),
      ),
    )
    .limit(p.limit);
}

/** Whether a restriction lift was announced to the subject and has neither run nor been cancelled. */
export async function hasPendingLift(db: Db, p: { requestId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: requestTasks.id })
    .from(requestTasks)
    .where(
      and(
        eq(requestTasks.requestId, p.requestId),
        eq(requestTasks.operation, "lift_notice"),
        sql`${requestTasks.status} in ('pending', 'running', 'waiting')`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Whether SMTP accepted the notice of the request's current lift (the key its notice step names). */
export async function isLiftNoticeAccepted(db: Db, p: { requestId: string }): Promise<boolean> {
  const [row] = await db
    .select({ key: mailDeliveries.key })
    .from(requestTasks)
    .innerJoin(mailDeliveries, eq(mailDeliveries.key, sql`${requestTasks.resultSummary}->>'mailKey'`))
    .where(
      and(
        eq(requestTasks.requestId, p.requestId),
        eq(requestTasks.operation, "lift_notice"),
        isNotNull(mailDeliveries.acceptedAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}
