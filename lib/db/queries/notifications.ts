import { and, count, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { NotificationMessage } from "@/lib/i18n/staff/notification-title";
import { requests, staffNotifications, staffUsers } from "../schema";

/**
 * Always scoped to one user in the WHERE clause: nobody reads or marks another's notifications.
 * Counts at most `cap` unread (the bell shows "99+"): a bounded walk of the partial unread index,
 * however many thousands an escalation-heavy account has piled up.
 */
export async function unreadCount(db: Db, p: { userId: string; cap?: number }): Promise<number> {
  const unread = db
    .select({ one: sql`1` })
    .from(staffNotifications)
    .where(and(eq(staffNotifications.userId, p.userId), isNull(staffNotifications.readAt)))
    .limit(p.cap ?? 1_000_000)
    .as("unread");
  const [row] = await db.select({ n: count() }).from(unread);
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
      message: staffNotifications.message,
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

/**
 * Rings the bell of a request's assignee when active, else of every active DPO. Returns how many
 * people were notified.
 */
export async function notifyAssigneeOrDpos(
  db: Db,
  p: { requestId: string; assigneeId: string | null; kind: string; title: string; message?: NotificationMessage },
): Promise<number> {
  const assignee = p.assigneeId
    ? await db
        .select({ id: staffUsers.id })
        .from(staffUsers)
        .where(and(eq(staffUsers.id, p.assigneeId), eq(staffUsers.active, true)))
    : [];
  const people = assignee.length
    ? assignee
    : await db
        .select({ id: staffUsers.id })
        .from(staffUsers)
        .where(and(eq(staffUsers.active, true), eq(staffUsers.role, "dpo")));
  if (people.length === 0) return 0;
  await db.insert(staffNotifications).values(
    people.map(({ id }) => ({
      userId: id,
      requestId: p.requestId,
      kind: p.kind,
      title: p.title,
      message: p.message ?? null,
    })),
  );
  return people.length;
}
