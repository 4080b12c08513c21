import type { OAuthConfig } from "next-auth/providers/oauth";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findStaffByEmail, findStaffById } from "@/lib/db/queries/staff";
import { acceptTotpStep, clearThrottle, consumeRecoveryCode } from "@/lib/db/queries/staff-security";
import { env } from "@/lib/env";
import type { AuthenticatedStaff } from "./authenticate";
import { accountKey, ipKey, lockedForSeconds, recordSignInFailure, throttleKeys } from "./sign-in-throttle";
import { checkTotp, hashRecoveryCode, openTotpSecret, totpRequiredFor } from "./totp";

/** next-auth provider id: the callback URL registered at the identity provider is APP_URL/api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  skipsTotp: boolean;
}

/** The SSO configuration, or null when it is off (any of issuer, client id, client secret unset). */
export function oidcSettings(): OidcSettings | null {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: e.OIDC_ISSUER.replace(/\/$/, ""),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    name: e.OIDC_NAME,
    skipsTotp: e.OIDC_SKIPS_TOTP,
  };
}

/** The ID token claims SSO reads (standard OIDC names). */
export interface OidcClaims {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
}

/**
 * The OIDC provider for next-auth: authorization code flow with PKCE and state, identity read from the
 * validated ID token. Whether that identity may sign in is decided afterwards by `admitOidcSignIn`.
 */
export function oidcProvider(s: OidcSettings): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: s.name,
    type: "oauth",
    wellKnown: `${s.issuer}/.well-known/openid-configuration`,
    clientId: s.clientId,
    clientSecret: s.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(claims) {
      return { id: claims.sub, email: claims.email?.trim().toLowerCase() ?? null, name: claims.name ?? null };
    },
  };
}

/** Why an SSO sign-in was refused; the sign-in page explains each (`?error=<code>`). */
export type SsoRefusal = "sso_no_account" | "sso_email_missing" | "sso_email_unverified" | "sso_enrol_required";

export type SsoAdmission =
  { ok: true; staff: AuthenticatedStaff; totpPending: boolean } | { ok: false; refusal: SsoRefusal };

/**
 * Decides whether an identity the provider vouched for may enter: only an existing, active staff
 * account with that e-mail (SSO never creates accounts). Audited either way, like password sign-ins.
 * Password throttling does not apply here (nothing is guessed against this app, and a lock caused by
 * someone guessing the password must not keep the real user out); the TOTP step after SSO is throttled.
 */
export async function admitOidcSignIn(p: {
  claims: OidcClaims;
  ip: string;
  skipsTotp: boolean;
}): Promise<SsoAdmission> {
  const email = p.claims.email?.trim().toLowerCase() ?? "";
  const user = email ? await findStaffByEmail(db(), { email }) : null;
  const refuse = async (refusal: SsoRefusal): Promise<SsoAdmission> => {
    await db().transaction((tx) =>
      appendAudit(tx, {
        actor: user ? { type: "staff", id: user.id } : { type: "system" },
        action: "staff.sign_in_failed",
        payload: {
          method: "oidc",
          reason: refusal,
          ipKey: ipKey(p.ip),
          ...(email ? { accountKey: accountKey(email) } : {}),
        },
      }),
    );
    return { ok: false, refusal };
  };
  if (!email) return refuse("sso_email_missing");
  // Providers that say the address is unverified let anyone claim it; absent means "not stated".
  if (p.claims.email_verified === false || p.claims.email_verified === "false") return refuse("sso_email_unverified");
  if (!user || !user.active) return refuse("sso_no_account");

  const enrolled = user.totpEnabledAt !== null && user.totpSecretEnc !== null;
  const totpPending = !p.skipsTotp && (enrolled || totpRequiredFor(user.role));
  if (totpPending && !enrolled) return refuse("sso_enrol_required");
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "staff", id: user.id },
      action: totpPending ? "staff.sso_authenticated" : "staff.signed_in",
      payload: { method: "oidc", ipKey: ipKey(p.ip), ...(totpPending ? { next: "totp" } : {}) },
    }),
  );
  return {
    ok: true,
    totpPending,
    staff: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

export type SsoTotpFailure = "totp_invalid" | "locked" | "invalid";

/**
 * The app's TOTP step after SSO (OIDC_SKIPS_TOTP=false): a code from the app or a recovery code,
 * throttled and audited exactly like the step after a password. The account must still be active and
 * unchanged (same session version) since the SSO half.
 */
export async function completeSsoTotp(p: {
  userId: string;
  sessionVersion: number;
  totp?: string;
  recoveryCode?: string;
  ip: string;
  now?: Date;
}): Promise<{ ok: true; staff: AuthenticatedStaff } | { ok: false; error: SsoTotpFailure }> {
  const now = p.now ?? new Date();
  const user = await findStaffById(db(), { id: p.userId });
  if (!user || !user.active || user.sessionVersion !== p.sessionVersion || !user.totpEnabledAt || !user.totpSecretEnc)
    return { ok: false, error: "invalid" };
  const keys = throttleKeys(user.email, p.ip);
  if ((await lockedForSeconds(Object.values(keys), now)) > 0) return { ok: false, error: "locked" };
  const code = p.totp?.trim();
  const recovery = p.recoveryCode?.trim();
  let method: "oidc+totp" | "oidc+recovery_code";
  if (recovery) {
    if (!(await consumeRecoveryCode(db(), { userId: user.id, codeHash: hashRecoveryCode(recovery), now }))) {
      await recordSignInFailure({ email: user.email, ip: p.ip, user, reason: "recovery_code", now });
      return { ok: false, error: "totp_invalid" };
    }
    method = "oidc+recovery_code";
  } else {
    const check = await checkTotp(openTotpSecret(user.id, user.totpSecretEnc), code ?? "");
    if (!check.valid || !(await acceptTotpStep(db(), { userId: user.id, timeStep: check.timeStep, now }))) {
      await recordSignInFailure({ email: user.email, ip: p.ip, user, reason: "totp", now });
      return { ok: false, error: "totp_invalid" };
    }
    method = "oidc+totp";
  }
  await db().transaction(async (tx) => {
    // As after a password sign-in: the account's own counter starts again once its owner got in.
    await clearThrottle(tx, { key: keys.account });
    await clearThrottle(tx, { key: keys.account_address });
    await appendAudit(tx, {
      actor: { type: "staff", id: user.id },
      action: "staff.signed_in",
      payload: { method, ipKey: ipKey(p.ip) },
    });
  });
  return {
    ok: true,
    staff: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
