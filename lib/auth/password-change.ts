import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findStaffById } from "@/lib/db/queries/staff";
import { lockStaffUser, updateStaffUser } from "@/lib/db/queries/staff-users";
import { DomainError } from "@/lib/domain/errors";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-strength";
import { lockedForSeconds, recordSignInFailure, throttleKeys } from "./sign-in-throttle";
import { detail } from "@/lib/domain/error-details";

/**
 * A signed-in staff member changes their own password: the current one first (wrong guesses count
 * like failed sign-ins, so a borrowed session cannot be used to guess it), then a strong new one.
 * Every session of the user ends, this one included: they sign in again with the new password.
 */
export async function changeOwnPassword(p: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  ip: string;
  now?: Date;
}): Promise<void> {
  const now = p.now ?? new Date();
  const user = await findStaffById(db(), { id: p.userId });
  if (!user || !user.active) throw new DomainError("unauthenticated", detail("common.session_ended"));
  const lockedFor = await lockedForSeconds(Object.values(throttleKeys(user.email, p.ip)), now);
  if (lockedFor > 0)
    throw new DomainError("rate_limited", detail("admin.too_many_wrong_passwords"), undefined, lockedFor);
  if (!(await verifyPassword(user.passwordHash, p.currentPassword))) {
    await recordSignInFailure({ email: user.email, ip: p.ip, user, reason: "password", now });
    throw new DomainError("invalid_request", detail("admin.current_password_not_right"), {
      currentPassword: "is not your current password",
    });
  }
  if (p.newPassword === p.currentPassword)
    throw new DomainError("invalid_request", detail("admin.choose_new_password"), {
      newPassword: "must differ from your current password",
    });
  const problem = passwordProblem(p.newPassword, user);
  if (problem) throw new DomainError("invalid_request", detail("admin.stronger_password"), { newPassword: problem });
  const passwordHash = await hashPassword(p.newPassword);
  await db().transaction(async (tx) => {
    const locked = await lockStaffUser(tx, { id: user.id });
    if (!locked || locked.sessionVersion !== user.sessionVersion)
      throw new DomainError("conflict", detail("admin.account_changed_meanwhile"));
    await updateStaffUser(tx, {
      id: user.id,
      set: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
      endSessions: true,
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: user.id },
      action: "staff.password_changed",
      payload: { forced: locked.mustChangePassword },
    });
  });
}
