import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findStaffByEmail } from "@/lib/db/queries/staff";
import { acceptTotpStep, clearThrottle, consumeRecoveryCode } from "@/lib/db/queries/staff-security";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import { negotiateLocale } from "@/lib/domain/locale";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { verifyPassword } from "./password";
import { ipKey, recordSignInFailure, throttleKeys, throttleState } from "./sign-in-throttle";
import { checkTotp, hashRecoveryCode, openTotpSecret, totpRequiredFor } from "./totp";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// argon2id of a throw-away string, with the same cost as real hashes.
const DUMMY_HASH = "$argon2id$v=19$m=19456,p=1,t=2$obs9KLtOvufNMwt6ttfpcw$HLOMStt7zHuYzIxGuMYmFy0MR4o73/ZWO5yBDCpjT7E";

/** Codes the sign-in form understands (next-auth passes the thrown message through as `error`). */
export type SignInFailure = "invalid" | "locked" | "totp_required" | "enrol_required" | "totp_invalid";

export class SignInError extends Error {
  constructor(readonly code: SignInFailure) {
    super(code);
  }
}

export interface SignInAttempt {
  email: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
  ip: string;
  /** The browser's Accept-Language: the first sign-in takes the screens' language from it. */
  acceptLanguage?: string | null;
  now?: Date;
  /** Waits out the account's delay (tests pass a recorder instead of waiting). */
  sleep?: (ms: number) => Promise<void>;
}

export interface AuthenticatedStaff {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  sessionVersion: number;
}

/**
 * Password, then the second factor when the role requires it or the user has one. A locked key is
 * refused before the password is even checked. The first code after enrolment (QR code shown by
 * the enrolment route) completes it.
 */
export async function authenticateStaff(a: SignInAttempt): Promise<AuthenticatedStaff> {
  const now = a.now ?? new Date();
  const email = a.email.trim().toLowerCase();
  if (!email || !a.password) throw new SignInError("invalid");
  const keys = throttleKeys(email, a.ip);
  const throttle = await throttleState(Object.values(keys), now);
  if (throttle.lockedSeconds > 0) throw new SignInError("locked");
  // Guessing from many addresses: each attempt on this account waits longer, right or wrong.
  if (throttle.delayMs > 0) await (a.sleep ?? sleep)(throttle.delayMs);
  const user = await findStaffByEmail(db(), { email });
  const fail = async (code: SignInFailure, reason: Parameters<typeof recordSignInFailure>[0]["reason"]) => {
    await recordSignInFailure({ email, ip: a.ip, user, reason, now });
    return new SignInError(code);
  };
  if (!user) {
    // Same work as a real check, so timing does not reveal which e-mails have accounts.
    await verifyPassword(DUMMY_HASH, a.password);
    throw await fail("invalid", "unknown_account");
  }
  if (!(await verifyPassword(user.passwordHash, a.password))) throw await fail("invalid", "password");
  if (!user.active) throw await fail("invalid", "inactive");

  const enrolled = user.totpEnabledAt !== null && user.totpSecretEnc !== null;
  const required = totpRequiredFor(user.role);
  let method: "password" | "totp" | "recovery_code" | "enrolment" = "password";
  if (enrolled || required) {
    if (!enrolled && !user.totpSecretEnc) throw new SignInError("enrol_required");
    const code = a.totp?.trim();
    const recovery = a.recoveryCode?.trim();
    if (!code && !recovery) throw new SignInError(enrolled ? "totp_required" : "enrol_required");
    if (recovery && enrolled) {
      if (!(await consumeRecoveryCode(db(), { userId: user.id, codeHash: hashRecoveryCode(recovery), now })))
        throw await fail("totp_invalid", "recovery_code");
      method = "recovery_code";
    } else {
      const check = await checkTotp(openTotpSecret(user.id, user.totpSecretEnc!), code ?? "");
      if (!check.valid || !(await acceptTotpStep(db(), { userId: user.id, timeStep: check.timeStep, now })))
        throw await fail("totp_invalid", "totp");
      method = enrolled ? "totp" : "enrolment";
    }
  }
  await db().transaction(async (tx) => {
    if (method === "enrolment") {
      await updateStaffUser(tx, { id: user.id, set: { totpEnabledAt: now }, endSessions: false });
      await appendAudit(tx, { actor: { type: "staff", id: user.id }, action: "staff.totp_enrolled", payload: {} });
    }
    await clearThrottle(tx, { key: keys.account });
    await clearThrottle(tx, { key: keys.account_address });
    // First sign-in: the screens speak the browser's language until the member chooses one.
    const locale = user.locale ? undefined : negotiateLocale(a.acceptLanguage ?? null);
    if (locale) await updateStaffUser(tx, { id: user.id, set: { locale }, endSessions: false });
    await appendAudit(tx, {
      actor: { type: "staff", id: user.id },
      action: "staff.signed_in",
      payload: { method, ipKey: ipKey(a.ip), ...(locale ? { localeFromBrowser: locale } : {}) },
    });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
