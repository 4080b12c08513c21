import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { staffSavedViews } from "../schema";

export async function listSavedViews(db: Db, params: { userId: string }) {
  return db
    .select()
    .from(staffSavedViews)
    .where(eq(staffSavedViews.userId, params.userId))
    .orderBy(asc(staffSavedViews.name));
}

/** Saves (or replaces, same name) a view of the queue for one user. */
export async function saveView(db: Db, params: { userId: string; name: string; query: string }) {
  const [row] = await db
    .insert(staffSavedViews)
    .values(params)
    .onConflictDoUpdate({
      target: [staffSavedViews.userId, staffSavedViews.name],
      set: { query: params.query, createdAt: new Date() },
    })
    .returning();
  return row!;
}

/** Deletes a view; the user id in the WHERE clause scopes it to its owner. */
export async function deleteView(db: Db, params: { userId: string; id: string }): Promise<boolean> {
  const rows = await db
    .delete(staffSavedViews)
    .where(and(eq(staffSavedViews.id, params.id), eq(staffSavedViews.userId, params.userId)))
    .returning({ id: staffSavedViews.id });
  return rows.length > 0;
}
