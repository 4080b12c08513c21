import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { findStaffById } from "@/lib/db/queries/staff";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { authOptions } from "./options";

export interface StaffSession {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** An admin-issued password still in use: nothing but changing it is allowed. */
  mustChangePassword?: boolean;
}

/**
 * The signed-in staff member, re-read from the database on every call: a deactivated account or a
 * changed role (session version bumped) no longer has a session, whatever the cookie says.
 */
export async function currentStaff(): Promise<StaffSession | null> {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await findStaffById(db(), { id: session.uid });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
  };
}
