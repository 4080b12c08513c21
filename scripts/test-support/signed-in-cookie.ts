import { randomBytes } from "node:crypto";
import { generateSync } from "otplib";
import { hashPassword } from "@/lib/auth/password";
import { ipKey } from "@/lib/auth/sign-in-throttle";
import { newTotpSecret, sealTotpSecret, totpRequiredFor } from "@/lib/auth/totp";
import { db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { clearThrottle } from "@/lib/db/queries/staff-security";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { appUrl } from "@/lib/env";

/**
 * A fresh staff account of `role` signed in on the running instance through next-auth's credentials
 * flow, as the sign-in form does it (with a TOTP code for roles that require one): the cookie header
 * to send, so pages and routes run their session and `can()` checks exactly as in production.
 */
export async function signedInStaff(role: StaffRole, name = `Test ${role}`) {
  const email = `${role}.${randomBytes(4).toString("hex")}@cookie.test`;
  const password = randomBytes(12).toString("base64url");
  const user = await upsertStaff(db(), { email, name, role, passwordHash: await hashPassword(password) });
  let totp: string | undefined;
  if (totpRequiredFor(role)) {
    const secret = newTotpSecret();
    await updateStaffUser(db(), {
      id: user.id,
      set: { totpSecretEnc: sealTotpSecret(user.id, secret), totpEnabledAt: new Date() },
      endSessions: false,
    });
    totp = generateSync({ secret });
  }
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(";")[0]!;
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  // Many sign-ins come from this one address in a test run: never let them throttle each other.
  await clearThrottle(db(), { key: ipKey("127.0.0.1") }).catch(() => undefined);
  const csrf = await fetch(`${appUrl()}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${appUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", ...(totp ? { totp } : {}) }),
  });
  keep(signIn);
  if (![...jar.keys()].some((k) => k.endsWith("session-token")))
    throw new Error(`sign-in as ${email} failed (${signIn.status})`);
  return { id: user.id, email, role, cookie: header() };
}
