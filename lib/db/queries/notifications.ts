import { and, count, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { requests, staffNotifications } from "../schema";

/** Always scoped to one user in the WHERE clause: nobody reads or marks another's notifications. */
export async function unreadCount(db: Db, p: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staffNotifications)
    .where(and(eq(staffNotifications.userId, p.userId), isNull(staffNotifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(
  db: Db,
  p: { userId: string; before?: { createdAt: Date; id: string }; limit: number },
) {
  const before = p.before
    ? or(
        lt(staffNotifications.createdAt, p.before.createdAt),
        and(eq(staffNotifications.createdAt, p.before.createdAt), lt(staffNotifications.id, p.before.id)),
      )
    : undefined;
  return db
    .select({
      id: staffNotifications.id,
      kind: staffNotifications.kind,
      title: staffNotifications.title,
      readAt: staffNotifications.readAt,
      createdAt: staffNotifications.createdAt,
      requestId: staffNotifications.requestId,
      reference: requests.reference,
    })
    .from(staffNotifications)
    .leftJoin(requests, eq(requests.id, staffNotifications.requestId))
    .where(and(eq(staffNotifications.userId, p.userId), before))
    .orderBy(desc(staffNotifications.createdAt), desc(staffNotifications.id))
    .limit(p.limit);
}

export async function markNotificationsRead(db: Db, p: { userId: string; ids?: string[] }): Promise<number> {
  const rows = await db
    .update(staffNotifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(staffNotifications.userId, p.userId),
        isNull(staffNotifications.readAt),
        p.ids ? sql`${staffNotifications.id} = any(${p.ids}::uuid[])` : undefined,
      ),
    )
    .returning({ id: staffNotifications.id });
  return rows.length;
}
