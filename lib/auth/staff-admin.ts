import { randomBytes } from "node:crypto";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { forgetTotp } from "@/lib/db/queries/staff-security";
import { insertStaffUser, lockStaffUser, updateStaffUser } from "@/lib/db/queries/staff-users";
import { DomainError } from "@/lib/domain/errors";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { hashPassword } from "./password";
import { detail } from "@/lib/domain/error-details";

/**
 * Creates an account with a one-time password shown once to the admin, who hands it over. The user
 * must replace it at first sign-in (must_change_password), so the admin cannot go on using it.
 */
export async function inviteStaff(p: {
  adminId: string;
  email: string;
  name: string;
  role: StaffRole;
}): Promise<{ id: string; temporaryPassword: string }> {
  const temporaryPassword = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(temporaryPassword);
  return db().transaction(async (tx) => {
    const user = await insertStaffUser(tx, {
      email: p.email,
      name: p.name.trim(),
      role: p.role,
      passwordHash,
      mustChangePassword: true,
    });
    if (!user) throw new DomainError("conflict", detail("admin.account_email_taken"), { email: "is already used" });
    await appendAudit(tx, {
      actor: { type: "staff", id: p.adminId },
      action: "staff.user_created",
      payload: { userId: user.id, role: p.role },
    });
    return { id: user.id, temporaryPassword };
  });
}

type Change = { kind: "role"; role: StaffRole } | { kind: "active"; active: boolean } | { kind: "reset_totp" };

/** Role change, (de)activation or 2FA reset; each ends the user's sessions at once (session_version). */
export async function changeStaff(p: { adminId: string; userId: string; change: Change }): Promise<void> {
  await db().transaction(async (tx) => {
    const user = await lockStaffUser(tx, { id: p.userId });
    if (!user) throw new DomainError("not_found", detail("admin.account_not_found"));
    const c = p.change;
    // An admin locking themself out would leave nobody to undo it.
    if (user.id === p.adminId && (c.kind === "active" ? !c.active : c.kind === "role" && c.role !== "admin")) {
      throw new DomainError("forbidden", detail("admin.cannot_demote_self"));
    }
    if (c.kind === "role") {
      await updateStaffUser(tx, { id: user.id, set: { role: c.role }, endSessions: true });
      await appendAudit(tx, {
        actor: { type: "staff", id: p.adminId },
        action: "staff.role_changed",
        payload: { userId: user.id, from: user.role, to: c.role },
      });
    } else if (c.kind === "active") {
      await updateStaffUser(tx, { id: user.id, set: { active: c.active }, endSessions: true });
      await appendAudit(tx, {
        actor: { type: "staff", id: p.adminId },
        action: c.active ? "staff.reactivated" : "staff.deactivated",
        payload: { userId: user.id },
      });
    } else {
      await updateStaffUser(tx, { id: user.id, set: { totpSecretEnc: null, totpEnabledAt: null }, endSessions: true });
      await forgetTotp(tx, { userId: user.id });
      await appendAudit(tx, {
        actor: { type: "staff", id: p.adminId },
        action: "staff.totp_reset",
        payload: { userId: user.id },
      });
    }
  });
}
