import { createHash } from "node:crypto";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { countThrottleFailure, findThrottles, setThrottleLock } from "@/lib/db/queries/staff-security";
import { listActiveAdmins } from "@/lib/db/queries/staff-users";
import { staffNotifications } from "@/lib/db/schema";

/**
 * Sign-in throttling per account and per client address. Keys are hashes, so neither unknown
 * e-mails nor addresses are stored in clear. After `free` failures every further failure locks the
 * key for a doubling time (1 min, 2 min, 4 min … capped), each lock is audited and alerts admins.
 */
export const THROTTLE_RULES = {
  account: { free: 5, resetAfterSeconds: 24 * 3600, maxLockSeconds: 3600 },
  ip: { free: 30, resetAfterSeconds: 3600, maxLockSeconds: 3600 },
} as const;

export type ThrottleScope = keyof typeof THROTTLE_RULES;

const hash = (v: string) => createHash("sha256").update(v).digest("hex").slice(0, 32);
export const accountKey = (email: string) => `account:${hash(email.trim().toLowerCase())}`;
export const ipKey = (ip: string) => `ip:${hash(ip)}`;

export function lockSeconds(scope: ThrottleScope, failures: number): number {
  const rule = THROTTLE_RULES[scope];
  if (failures < rule.free) return 0;
  return Math.min(rule.maxLockSeconds, 60 * 2 ** (failures - rule.free));
}

/** Seconds until the later of the locks on these keys ends, or 0 when sign-in may be tried. */
export async function lockedForSeconds(keys: string[], now = new Date()): Promise<number> {
  const rows = await findThrottles(db(), { keys });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export interface FailureContext {
  email: string;
  ip: string;
  /** The account, when the e-mail belongs to one (audited as its actor). */
  userId: string | null;
  reason: "password" | "totp" | "recovery_code" | "inactive" | "unknown_account";
  now?: Date;
}

/** Counts a failed sign-in on both keys; audits it and, when a key becomes locked, alerts admins. */
export async function recordSignInFailure(ctx: FailureContext): Promise<void> {
  const now = ctx.now ?? new Date();
  await db().transaction(async (tx) => {
    const locks: { scope: ThrottleScope; failures: number; seconds: number }[] = [];
    for (const [scope, key] of [
      ["account", accountKey(ctx.email)],
      ["ip", ipKey(ctx.ip)],
    ] as const) {
      const failures = await countThrottleFailure(tx, {
        key,
        now,
        resetAfterSeconds: THROTTLE_RULES[scope].resetAfterSeconds,
      });
      const seconds = lockSeconds(scope, failures);
      if (seconds > 0) {
        await setThrottleLock(tx, { key, until: new Date(now.getTime() + seconds * 1000) });
        locks.push({ scope, failures, seconds });
      }
    }
    const actor = ctx.userId ? { type: "staff" as const, id: ctx.userId } : { type: "system" as const };
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
      const who =
        lock.scope === "account"
          ? ctx.userId
            ? `the account ${ctx.email}`
            : "an unknown e-mail address"
          : "one client address";
      const admins = await listActiveAdmins(tx);
      if (admins.length) {
        await tx.insert(staffNotifications).values(
          admins.map((a) => ({
            userId: a.id,
            kind: "security.sign_in_locked",
            title: `Sign-in locked for ${who} after ${lock.failures} failed attempts (${Math.round(lock.seconds / 60)} min)`,
          })),
        );
      }
    }
  });
}
