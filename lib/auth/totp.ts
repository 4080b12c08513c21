import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import { STAFF_ROLES } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";

const ISSUER = "Privacy requests back-office";

/**
 * Roles that must use a second factor (TOTP_REQUIRED_ROLES, "admin,dpo" by default). An unknown
 * role name is an error, so a typo cannot silently switch 2FA off.
 */
export function totpRequiredRoles(raw = env().TOTP_REQUIRED_ROLES): Set<StaffRole> {
  const list = (raw ?? "admin,dpo")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const r of list)
    if (!(STAFF_ROLES as readonly string[]).includes(r))
      throw new Error(`TOTP_REQUIRED_ROLES: unknown role ${JSON.stringify(r)}`);
  return new Set(list as StaffRole[]);
}

/** TOTP_REQUIRED_FOR_ALL_ROLES, or (unset) whether this is production. */
export function totpRequiredForAllRoles(e = env()): boolean {
  return e.TOTP_REQUIRED_FOR_ALL_ROLES ?? e.NODE_ENV === "production";
}

export function totpRequiredFor(role: StaffRole): boolean {
  return totpRequiredForAllRoles() || totpRequiredRoles().has(role);
}

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

const aad = (userId: string) => `staff_users.totp_secret:${userId}`;
export const sealTotpSecret = (userId: string, secret: string) => encrypt(secret, aad(userId));
export const openTotpSecret = (userId: string, sealed: string) => decrypt(sealed, aad(userId));

/** Checks a 6-digit code, allowing one step of clock drift each way; returns the matched time step. */
export async function checkTotp(
  secret: string,
  code: string,
): Promise<{ valid: true; timeStep: number } | { valid: false }> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return { valid: false };
  const result = await verify({ secret, token, epochTolerance: 30 });
  // The functional API's result type also covers HOTP, which has no time step.
  return result.valid && "timeStep" in result ? { valid: true, timeStep: result.timeStep } : { valid: false };
}

/** Ten one-time recovery codes like "k7qm-2xdp-9vhw" (60 bits each). */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Recovery codes are random and long, so a plain SHA-256 is enough (no password-style stretching). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase().replace(/\s/g, "")).digest("hex");
}
