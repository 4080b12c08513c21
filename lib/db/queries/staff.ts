import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { staffUsers } from "../schema";
import type { StaffRole } from "@/lib/domain/vocabulary";

export async function countStaff(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffUsers);
  return row?.n ?? 0;
}

export async function findStaffByEmail(db: Db, params: { email: string }) {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.email, params.email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function findStaffById(db: Db, params: { id: string }) {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, params.id)).limit(1);
  return row ?? null;
}

/** Creates the account, or resets its password, name and role when the e-mail exists. */
export async function upsertStaff(
  db: Db,
  params: { email: string; name: string; role: StaffRole; passwordHash: string },
) {
  const email = params.email.trim().toLowerCase();
  const [row] = await db
    .insert(staffUsers)
    .values({ email, name: params.name, role: params.role, passwordHash: params.passwordHash })
    .onConflictDoUpdate({
      target: staffUsers.email,
      set: {
        name: params.name,
        role: params.role,
        passwordHash: params.passwordHash,
        active: true,
        failedSignIns: 0,
        lockedUntil: null,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}
