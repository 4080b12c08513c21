import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import type { StaffRole } from "@/lib/domain/vocabulary";

/**
 * What next-auth's getServerSession returns for a signed-in staff member (the decoded session cookie):
 * tests that call a server action or a route handler in process mock `getServerSession` to return
 * this, and everything after it (currentStaff re-reading the account, the policy, the use case) is real.
 */
export interface SessionClaims {
  uid: string;
  sv: number;
}

export interface SignedInStaff {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  claims: SessionClaims;
}

/** A fresh staff account of `role`, with the claims its session cookie would carry. */
export async function staffWithSession(role: StaffRole, name = `Test ${role}`): Promise<SignedInStaff> {
  const row = await upsertStaff(db(), {
    email: `${role}.${randomBytes(4).toString("hex")}@session.test`,
    name,
    role,
    passwordHash: "unused",
  });
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    claims: { uid: row.id, sv: row.sessionVersion },
  };
}
