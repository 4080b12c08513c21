import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rateLimitHits } from "@/lib/db/schema";

export interface RateLimitRule {
  /** e.g. `intake:ip`; the identifier is hashed into the bucket name. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The fixed window `now` falls in, and how long until it ends. */
export function rateLimitWindow(rule: RateLimitRule, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { windowStart, retryAfterSeconds };
}

/** The bucket counting `identifier`'s hits (hashed: never the raw address). */
export const rateLimitBucket = (rule: RateLimitRule, identifier: string) =>
  `${rule.name}:${createHash("sha256").update(identifier).digest("hex").slice(0, 32)}`;

/** The bucket of one call (an Idempotency-Key) from `identifier`: its claim and, with `:d`, its decision. */
export const onceBucket = (rule: RateLimitRule, identifier: string, onceFor: string) =>
  `${rule.name}:once:${createHash("sha256").update(`${identifier}\n${onceFor}`).digest("hex").slice(0, 40)}`;

/** Counts one hit in a fixed window and says whether it is within the limit. */
export async function consumeRateLimit(
  db: Db,
  rule: RateLimitRule,
  identifier: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = rateLimitWindow(rule, now);
  const bucket = rateLimitBucket(rule, identifier);
  const [row] = await db
    .insert(rateLimitHits)
    .values({ bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.bucket, rateLimitHits.windowStart],
      set: { hits: sql`${rateLimitHits.hits} + 1` },
    })
    .returning({ hits: rateLimitHits.hits });
  if ((row?.hits ?? 0) <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds };
}

const PENDING = -1;
const DENIED = 0;
const ALLOWED = 1;

/**
 * Like consumeRateLimit, but a retry carrying the same `onceFor` (an Idempotency-Key) in the same window
 * is not counted again: it gets the first attempt's decision. The decision is kept in a row of its own
 * (hits = 1 allowed, 0 denied, -1 being decided), so concurrent retries of one call count once and no
 * lock is held across the caller's work. A denied call stays denied for its retries: a fresh key is a
 * fresh hit.
 */
export async function consumeRateLimitOnce(
  db: Db,
  rule: RateLimitRule,
  identifier: string,
  onceFor: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = rateLimitWindow(rule, now);
  const bucket = onceBucket(rule, identifier, onceFor);
  const denied = (): RateLimitResult => ({ allowed: false, retryAfterSeconds });
  const claimed = await db
    .insert(rateLimitHits)
    .values({ bucket, windowStart, hits: PENDING })
    .onConflictDoNothing()
    .returning({ hits: rateLimitHits.hits });
  if (claimed.length > 0) {
    const result = await consumeRateLimit(db, rule, identifier, now);
    await db
      .update(rateLimitHits)
      .set({ hits: result.allowed ? ALLOWED : DENIED })
      .where(sql`${rateLimitHits.bucket} = ${bucket} and ${rateLimitHits.windowStart} = ${windowStart}`);
    return result;
  }
  // Another attempt with this key is being decided: wait for its decision (a few milliseconds).
  for (let i = 0; i < 40; i++) {
    const [row] = await db
      .select({ hits: rateLimitHits.hits })
      .from(rateLimitHits)
      .where(sql`${rateLimitHits.bucket} = ${bucket} and ${rateLimitHits.windowStart} = ${windowStart}`);
    if (row && row.hits !== PENDING) return row.hits === ALLOWED ? { allowed: true } : denied();
    await new Promise((r) => setTimeout(r, 25));
  }
  return denied();
}

/**
 * Drops windows that started before `olderThan`, `batch` rows per statement so that no delete holds
 * many locks or a long transaction (run by the daily prune job, lib/maintenance/prune-tables.ts).
 * Returns how many rows went.
 */
export async function pruneRateLimits(db: Db, olderThan: Date, batch = 5_000): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await db.execute(sql`delete from ${rateLimitHits} where (bucket, window_start) in (
      select bucket, window_start from ${rateLimitHits} where window_start < ${olderThan.toISOString()}::timestamptz limit ${batch})`);
    total += rowCount ?? 0;
    if ((rowCount ?? 0) < batch) return total;
  }
}
