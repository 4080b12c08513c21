import QRCode from "qrcode";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findStaffByEmail } from "@/lib/db/queries/staff";
import { replaceRecoveryCodes } from "@/lib/db/queries/staff-security";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import { verifyPassword } from "./password";
import { DomainError } from "@/lib/domain/errors";
import { lockedForSeconds, recordSignInFailure, throttleKeys } from "./sign-in-throttle";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, sealTotpSecret, totpUri } from "./totp";

export interface TotpEnrolment {
  otpauthUri: string;
  qrDataUrl: string;
  secret: string;
  recoveryCodes: string[];
}

/**
 * First step of enrolment at first sign-in: after the password (throttled like sign-in), a new
 * pending secret and recovery codes. Enrolment completes when a code from the app signs in. An
 * account that already has a second factor cannot enrol again with only its password: an admin
 * resets 2FA first.
 */
export async function startTotpEnrolment(p: {
  email: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<TotpEnrolment> {
  const now = p.now ?? new Date();
  const email = p.email.trim().toLowerCase();
  const lockedFor = await lockedForSeconds(Object.values(throttleKeys(email, p.ip)), now);
  if (lockedFor > 0)
    throw new DomainError(
      "rate_limited",
      "Too many failed attempts. Sign-in is locked for a while; try again later.",
      undefined,
      lockedFor,
    );
  const user = await findStaffByEmail(db(), { email });
  if (!user || !user.active || !(await verifyPassword(user.passwordHash, p.password))) {
    await recordSignInFailure({
      email,
      ip: p.ip,
      user,
      reason: user ? "password" : "unknown_account",
      now,
    });
    throw new DomainError("unauthenticated", "Sign-in failed. Check your e-mail and password.");
  }
  if (user.totpEnabledAt)
    throw new DomainError(
      "conflict",
      "This account already has two-factor authentication. Sign in with your code, or ask an admin to reset it.",
    );
  return issueTotpSecret(user.id, user.email, now);
}

/** A new (pending) secret and recovery codes for a user; used by enrolment and by staff:create. */
export async function issueTotpSecret(
  userId: string,
  email: string,
  now = new Date(),
  opts: { enable?: boolean } = {},
): Promise<TotpEnrolment> {
  const secret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  await db().transaction(async (tx) => {
    await updateStaffUser(tx, {
      id: userId,
      set: { totpSecretEnc: sealTotpSecret(userId, secret), totpEnabledAt: opts.enable ? now : null },
      endSessions: false,
    });
    await replaceRecoveryCodes(tx, { userId, codeHashes: recoveryCodes.map(hashRecoveryCode) });
    await appendAudit(tx, {
      actor: { type: "staff", id: userId },
      action: opts.enable ? "staff.totp_enrolled" : "staff.totp_enrolment_started",
      payload: {},
    });
  });
  const otpauthUri = totpUri(email, secret);
  return {
    otpauthUri,
    secret,
    recoveryCodes,
    qrDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }),
  };
}
