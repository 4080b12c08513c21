import { createHash, randomBytes } from "node:crypto";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findStaffById } from "@/lib/db/queries/staff";
import { clearThrottle } from "@/lib/db/queries/staff-security";
import {
  findOpenPasswordReset,
  insertPasswordReset,
  markPasswordResetUsed,
  retireOpenPasswordResets,
} from "@/lib/db/queries/staff-password-resets";
import { lockStaffUser, updateStaffUser } from "@/lib/db/queries/staff-users";
import { DomainError } from "@/lib/domain/errors";
import { appUrl, controllerProfile } from "@/lib/env";
import { toLocale } from "@/lib/domain/locale";
import { queueMail } from "@/lib/mail/queue-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-strength";
import { accountKey } from "./sign-in-throttle";
import { detail } from "@/lib/domain/error-details";

/** How long a reset link works. */
export const PASSWORD_RESET_HOURS = 24;

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * An admin resets a staff member's password: the old password stops working (replaced by a random
 * one nobody knows), every session ends, and a one-time link (24 h) to choose a new password is mailed
 * to the account's address. The admin never sees a password. Only the token's hash is stored.
 */
export async function issuePasswordReset(p: { adminId: string; userId: string; now?: Date }): Promise<{
  email: string;
}> {
  const now = p.now ?? new Date();
  if (p.userId === p.adminId) throw new DomainError("forbidden", detail("admin.reset_own_password"));
  const placeholderHash = await hashPassword(randomBytes(32).toString("base64url"));
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3600_000);
  return db().transaction(async (tx) => {
    const user = await lockStaffUser(tx, { id: p.userId });
    if (!user) throw new DomainError("not_found", detail("admin.account_not_found"));
    if (!user.active) throw new DomainError("conflict", detail("admin.account_deactivated"));
    await retireOpenPasswordResets(tx, { userId: user.id, now });
    const reset = await insertPasswordReset(tx, {
      userId: user.id,
      tokenHash: tokenHash(token),
      issuedBy: p.adminId,
      expiresAt,
    });
    await updateStaffUser(tx, {
      id: user.id,
      set: { passwordHash: placeholderHash, mustChangePassword: false },
      endSessions: true,
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: p.adminId },
      action: "staff.password_reset_issued",
      payload: { userId: user.id, resetId: reset.id, expiresAt: expiresAt.toISOString() },
    });
    const mail = await staffMails.passwordReset({
      locale: toLocale(user.locale),
      timeZone: controllerProfile().timeZone,
      name: user.name,
      resetUrl: `${appUrl()}/staff/reset-password/${token}`,
      expiresAt: expiresAt.toISOString(),
    });
    await queueMail(tx, `staff-password-reset-${reset.id}`, { to: user.email, ...mail }, { priority: "interactive" });
    return { email: user.email };
  });
}

/** For the link's page: whose link this is, while it works (reading it uses nothing up). */
export async function findPasswordResetLink(token: string, now = new Date()) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const reset = await findOpenPasswordReset(db(), { tokenHash: tokenHash(token), now });
  if (!reset) return null;
  const user = await findStaffById(db(), { id: reset.userId });
  return user?.active ? { name: user.name, email: user.email } : null;
}

/** The link's form: sets the new password once, ends every session, and uses the link up. */
export async function completePasswordReset(p: { token: string; newPassword: string; now?: Date }): Promise<void> {
  const now = p.now ?? new Date();
  const link = await findPasswordResetLink(p.token, now);
  if (!link) throw new DomainError("verification_expired", detail("admin.reset_link_gone"));
  const problem = passwordProblem(p.newPassword, link);
  if (problem) throw new DomainError("invalid_request", detail("admin.stronger_password"), { newPassword: problem });
  const passwordHash = await hashPassword(p.newPassword);
  await db().transaction(async (tx) => {
    // Under the row lock: two submissions of one link cannot both succeed.
    const reset = await findOpenPasswordReset(tx, { tokenHash: tokenHash(p.token), now, lock: true });
    if (!reset) throw new DomainError("verification_expired", detail("admin.reset_link_gone"));
    const user = await lockStaffUser(tx, { id: reset.userId });
    if (!user?.active) throw new DomainError("verification_expired", detail("admin.reset_link_gone"));
    await markPasswordResetUsed(tx, { id: reset.id, now });
    await updateStaffUser(tx, {
      id: user.id,
      set: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
      endSessions: true,
    });
    await clearThrottle(tx, { key: accountKey(user.email) });
    await appendAudit(tx, {
      actor: { type: "staff", id: user.id },
      action: "staff.password_reset_completed",
      payload: { resetId: reset.id },
    });
  });
}
