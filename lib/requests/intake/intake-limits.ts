import { db, type Db } from "@/lib/db/client";
import { countVerifiedRequestsSince } from "@/lib/db/queries/requests";
import { env } from "@/lib/env";
import { consumeRateLimit, consumeRateLimitOnce } from "@/lib/rate-limit/consume";
import { DomainError } from "@/lib/domain/errors";

const DAY_MS = 86_400_000;

/**
 * The per-IP intake limit (an hour). Counted before the body is validated, so a flood of bad
 * requests from one network is limited too: it only ever blocks that network.
 */
export async function enforceIntakeIpLimit(ip: string, idempotencyKey?: string | null): Promise<void> {
  const rule = intakeIpRule();
  // A retry of one call (same Idempotency-Key) is not a new request: it counts once.
  const byIp = idempotencyKey
    ? await consumeRateLimitOnce(db(), rule, ip, idempotencyKey)
    : await consumeRateLimit(db(), rule, ip);
  if (!byIp.allowed)
    throw new DomainError(
      "rate_limited",
      "Too many requests from your network. Please try again later.",
      undefined,
      byIp.retryAfterSeconds,
    );
}

export const intakeIpRule = () => ({
  name: "intake:ip",
  limit: env().INTAKE_LIMIT_PER_IP_PER_HOUR,
  windowSeconds: 3600,
});

/**
 * The per-e-mail quota (INTAKE_LIMIT_PER_EMAIL_PER_DAY), checked inside the intake transaction once
 * the body is valid. It counts only requests for the address that were filed in the last 24 hours
 * AND verified — verified means someone proved they read that mailbox. Why not every request: anyone
 * can type someone else's address, so a quota on accepted-but-unverified requests (let alone on
 * attempts, as it once was) lets a stranger use it up and lock the real person out for a day. With
 * this rule the stranger's requests stay unverified (and are withdrawn after UNVERIFIED_EXPIRY_DAYS)
 * while the real person can still file and verify; only the mailbox owner can reach the quota. The
 * volume of verification mails a stranger can cause is bounded by the per-IP limit.
 */
export async function enforceEmailQuota(tx: Db, p: { emailBidx: string | string[]; now: Date }): Promise<void> {
  const limit = env().INTAKE_LIMIT_PER_EMAIL_PER_DAY;
  const { count, oldest } = await countVerifiedRequestsSince(tx, {
    emailBidx: p.emailBidx,
    since: new Date(p.now.getTime() - DAY_MS),
  });
  if (count < limit) return;
  const retryAfterSeconds = oldest
    ? Math.max(1, Math.ceil((oldest.getTime() + DAY_MS - p.now.getTime()) / 1000))
    : 86_400;
  throw new DomainError(
    "rate_limited",
    "Too many requests for this e-mail address today. Please try again tomorrow.",
    undefined,
    retryAfterSeconds,
  );
}
