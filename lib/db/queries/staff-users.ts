import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { staffUsers } from "../schema";
import type { StaffRole } from "@/lib/domain/vocabulary";

export type StaffUserRow = typeof staffUsers.$inferSelect;

/** Active staff who can work requests (assignee pickers). */
export async function listAssignableStaff(db: Db) {
  return db
    .select({ id: staffUsers.id, name: staffUsers.name, role: staffUsers.role })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), inArray(staffUsers.role, ["admin", "dpo", "agent"])))
    .orderBy(asc(staffUsers.name));
}

export async function listActiveAdmins(db: Db) {
  return db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), eq(staffUsers.role, "admin")));
}

export async function lockStaffUser(db: Db, params: { id: string }): Promise<StaffUserRow | null> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, params.id)).for("update").limit(1);
  return row ?? null;
}

/** Any change that must end existing sessions (role, deactivation, 2FA reset) bumps session_version. */
export async function updateStaffUser(
  db: Db,
  params: {
    id: string;
    set: Partial<
      Pick<
        StaffUserRow,
        | "role"
        | "active"
        | "name"
        | "passwordHash"
        | "totpSecretEnc"
        | "totpEnabledAt"
        | "mustChangePassword"
        | "passwordChangedAt"
        | "locale"
      >
    >;
    endSessions: boolean;
  },
): Promise<StaffUserRow> {
  const [row] = await db
    .update(staffUsers)
    .set({
      ...params.set,
      updatedAt: new Date(),
      ...(params.endSessions ? { sessionVersion: sql`${staffUsers.sessionVersion} + 1` } : {}),
    })
    .where(eq(staffUsers.id, params.id))
    .returning();
  return row!;
}

/**
 * Ends every session of the user that carries `sessionVersion` (sign-out). False when the version had
 * already moved on: those sessions were over anyway.
 */
export async function endSessionsAtVersion(db: Db, params: { id: string; sessionVersion: number }): Promise<boolean> {
  const rows = await db
    .update(staffUsers)
    .set({ sessionVersion: sql`${staffUsers.sessionVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(staffUsers.id, params.id), eq(staffUsers.sessionVersion, params.sessionVersion)))
    .returning({ id: staffUsers.id });
  return rows.length > 0;
}

export async function insertStaffUser(
  db: Db,
  params: { email: string; name: string; role: StaffRole; passwordHash: string; mustChangePassword?: boolean },
): Promise<StaffUserRow | null> {
  const rows = await db
    .insert(staffUsers)
    .values({ ...params, email: params.email.trim().toLowerCase() })
    .onConflictDoNothing({ target: staffUsers.email })
    .returning();
  return rows[0] ?? null;
}
