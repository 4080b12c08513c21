import { and, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { mailDeliveries, requestTasks } from "@/lib/db/schema";
import type { TaskRow } from "./tasks";

/** The key the lift notice of a request is mailed under (one notice per request). */
export const liftNoticeMailKey = (requestId: string) => `lift-notice-${requestId}`;

/** Lift notices that SMTP accepted and whose notice period has not been set yet, with when SMTP took them. */
export async function listAcceptedUnscheduledLiftNotices(
  db: Db,
  p: { limit: number },
): Promise<{ task: TaskRow; acceptedAt: Date }[]> {
  const rows = await db
    .select({ task: requestTasks, acceptedAt: mailDeliveries.acceptedAt })
    .from(requestTasks)
    .innerJoin(mailDeliveries, eq(mailDeliveries.key, sql`'lift-notice-' || ${requestTasks.requestId}::text`))
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
