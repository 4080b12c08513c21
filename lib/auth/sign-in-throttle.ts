import { createHash } from "node:crypto";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { countThrottleFailure, findThrottles, setThrottleLock } from "@/lib/db/queries/staff-security";
import { listActiveAdmins } from "@/lib/db/queries/staff-users";
import { staffNotifications } from "@/lib/db/schema";
import { appUrl, controllerProfile } from "@/lib/env";
import { toLocale } from "@/lib/domain/locale";
import { queueMail } from "@/lib/mail/queue-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import { notificationOf, type NotificationKey } from "@/lib/i18n/staff/notification-title";

/**
 * Sign-in throttling. Keys are hashes, so neither unknown e-mails nor addresses are stored in clear.
 * - account_address: one account from one client address. Five failures lock this pair only, so
 *   someone who knows an e-mail cannot lock its owner out from the owner's own network.
 * - account: the account from anywhere. Past five failures every attempt waits longer (0.5 s, 1 s,
 *   2 s … 10 s); only at twenty does the account itself lock, and its owner is told by mail.
 * - ip: one client address on any accounts (password spraying).
 * Locks double with each further failure (1 min, 2 min … capped); each is audited and alerts admins.
 */
export const THROTTLE_RULES = {
  account_address: { free: 5, resetAfterSeconds: 24 * 3600, maxLockSeconds: 3600 },
  account: { free: 20, resetAfterSeconds: 24 * 3600, maxLockSeconds: 3600 },
  ip: { free: 30, resetAfterSeconds: 3600, maxLockSeconds: 3600 },
} as const;

/** Account-wide failures after which each attempt is slowed down, and the longest wait. */
export const ACCOUNT_DELAY = { after: 5, firstMs: 500, maxMs: 10_000 } as const;

export type ThrottleScope = keyof typeof THROTTLE_RULES;

const hash = (v: string) => createHash("sha256").update(v).digest("hex").slice(0, 32);
const normalEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string) => `account:${hash(normalEmail(email))}`;
export const accountAddressKey = (email: string, ip: string) => `acctip:${hash(`${normalEmail(email)}\n${ip}`)}`;
export const ipKey = (ip: string) => `ip:${hash(ip)}`;

/** Every key a sign-in attempt by this e-mail from this address is counted under. */
export const throttleKeys = (email: string, ip: string) => ({
  account_address: accountAddressKey(email, ip),
  account: accountKey(email),
  ip: ipKey(ip),
});

export function lockSeconds(scope: ThrottleScope, failures: number): number {
  const rule = THROTTLE_RULES[scope];
  if (failures < rule.free) return 0;
  return Math.min(rule.maxLockSeconds, 60 * 2 ** (failures - rule.free));
}

/** How long an attempt on an account with this many recent failures waits before it is checked. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_DELAY.after) return 0;
  return Math.min(ACCOUNT_DELAY.maxMs, ACCOUNT_DELAY.firstMs * 2 ** (failures - ACCOUNT_DELAY.after));
}

/** Seconds until the later of the locks on these keys ends, or 0 when sign-in may be tried. */
export async function lockedForSeconds(keys: string[], now = new Date()): Promise<number> {
  return (await throttleState(keys, now)).lockedSeconds;
}

/** The lock over these keys, and the delay the account key (when among them) asks for. */
export async function throttleState(
  keys: string[],
  now = new Date(),
): Promise<{ lockedSeconds: number; delayMs: number }> {
  const rows = await findThrottles(db(), { keys });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  const account = rows.find((r) => r.key.startsWith("account:"));
  const stale =
    account && now.getTime() - account.lastFailureAt.getTime() > THROTTLE_RULES.account.resetAfterSeconds * 1000;
  return {
    lockedSeconds: until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0,
    delayMs: account && !stale ? accountDelayMs(account.failures) : 0,
  };
}

export interface FailureContext {
  email: string;
  ip: string;
  /** The account, when the e-mail belongs to one (audited as its actor, mailed when it locks). */
  user: { id: string; name: string; email: string; locale?: string | null } | null;
  reason: "password" | "totp" | "recovery_code" | "inactive" | "unknown_account";
  now?: Date;
}

/** The admins' bell title of a lock, by what it locks (an unknown address is never named). */
const ADMIN_ALERT: Record<ThrottleScope, (ctx: FailureContext) => NotificationKey> = {
  account_address: (ctx) => (ctx.user ? "sign_in_locked_account_address" : "sign_in_locked_unknown_address"),
  account: (ctx) => (ctx.user ? "sign_in_locked_account" : "sign_in_locked_unknown"),
  ip: () => "sign_in_locked_ip",
};

/** Counts a failed sign-in on every key; audits it, alerts admins of new locks, mails a locked account's owner. */
export async function recordSignInFailure(ctx: FailureContext): Promise<void> {
  const now = ctx.now ?? new Date();
  const keys = throttleKeys(ctx.email, ctx.ip);
  await db().transaction(async (tx) => {
    const locks: { scope: ThrottleScope; failures: number; seconds: number; until: Date }[] = [];
    for (const scope of Object.keys(keys) as ThrottleScope[]) {
      const failures = await countThrottleFailure(tx, {
        key: keys[scope],
        now,
        resetAfterSeconds: THROTTLE_RULES[scope].resetAfterSeconds,
      });
      const seconds = lockSeconds(scope, failures);
      if (seconds > 0) {
        const until = new Date(now.getTime() + seconds * 1000);
        await setThrottleLock(tx, { key: keys[scope], until });
        locks.push({ scope, failures, seconds, until });
      }
    }
    const actor = ctx.user ? { type: "staff" as const, id: ctx.user.id } : { type: "system" as const };
    await appendAudit(tx, {
      actor,
      action: "staff.sign_in_failed",
      payload: { reason: ctx.reason, ipKey: ipKey(ctx.ip) },
    });
    for (const lock of locks) {
      await appendAudit(tx, {
        actor,
        action: "staff.sign_in_locked",
        payload: { scope: lock.scope, failures: lock.failures, lockSeconds: lock.seconds },
      });
      const admins = await listActiveAdmins(tx);
      if (admins.length) {
        await tx.insert(staffNotifications).values(
          admins.map((a) => ({
            userId: a.id,
            kind: "security.sign_in_locked",
            // Read in each admin's language (the bell renders the key); the English title is the fallback.
            ...notificationOf(ADMIN_ALERT[lock.scope](ctx), {
              email: ctx.user ? ctx.email : "",
              failures: lock.failures,
              minutes: Math.round(lock.seconds / 60),
            }),
          })),
        );
      }
      // The owner learns that their account itself is locked, once per series of failures.
      if (lock.scope === "account" && ctx.user && lock.failures === THROTTLE_RULES.account.free) {
        const mail = await staffMails.accountLocked({
          locale: toLocale(ctx.user.locale),
          timeZone: controllerProfile().timeZone,
          name: ctx.user.name,
          failures: lock.failures,
          lockedUntil: lock.until.toISOString(),
          signInUrl: `${appUrl()}/staff/signin`,
        });
        await queueMail(tx, `staff-locked-${ctx.user.id}-${lock.until.getTime()}`, { to: ctx.user.email, ...mail });
      }
    }
  });
}
