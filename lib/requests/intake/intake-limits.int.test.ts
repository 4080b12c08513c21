import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { rateLimitHits } from "@/lib/db/schema";
import { env, resetEnvCache } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { enforceIntakeIpLimit } from "./intake-limits";

const HOUR = 3_600_000;
/** An address in the documentation range (RFC 5737), made unique so that no other test or run shares its counter. */
const someIp = () => `198.51.100.${1 + (randomBytes(1)[0]! % 254)}-${randomBytes(4).toString("hex")}`;
const bucketOf = (name: string, identifier: string) =>
  `${name}:${createHash("sha256").update(identifier).digest("hex").slice(0, 32)}`;
const hitsIn = async (bucket: string, windowStart: Date) =>
  (
    await db()
      .select()
      .from(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.windowStart, windowStart)))
  )[0]?.hits;

const savedLimit = process.env.INTAKE_LIMIT_PER_IP_PER_HOUR;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.INTAKE_LIMIT_PER_IP_PER_HOUR;
  else process.env.INTAKE_LIMIT_PER_IP_PER_HOUR = savedLimit;
  resetEnvCache();
});
afterAll(() => closeDb());

describe("the fixed-window counter behind the intake limits", () => {
  it("allows `limit` hits per window and identifier, then refuses with the seconds left in the window", async () => {
    const rule = { name: `test:intake-ip:${randomBytes(4).toString("hex")}`, limit: 3, windowSeconds: 3600 };
    const windowStart = new Date(Math.floor(Date.now() / HOUR) * HOUR);
    const tenMinutesIn = new Date(windowStart.getTime() + 10 * 60_000);
    const ip = someIp();

    for (let i = 0; i < 3; i++) expect(await consumeRateLimit(db(), rule, ip, tenMinutesIn)).toEqual({ allowed: true });
    expect(await consumeRateLimit(db(), rule, ip, tenMinutesIn)).toEqual({ allowed: false, retryAfterSeconds: 3000 });
    expect(await hitsIn(bucketOf(rule.name, ip), windowStart)).toBe(4);
    // Another address has its own count; the next window starts from zero.
    expect(await consumeRateLimit(db(), rule, someIp(), tenMinutesIn)).toEqual({ allowed: true });
    const nextWindow = new Date(windowStart.getTime() + HOUR + 1000);
    expect(await consumeRateLimit(db(), rule, ip, nextWindow)).toEqual({ allowed: true });
    expect(await hitsIn(bucketOf(rule.name, ip), new Date(windowStart.getTime() + HOUR))).toBe(1);
  });
});

describe("the per-IP intake limit", () => {
  it("refuses the request after INTAKE_LIMIT_PER_IP_PER_HOUR from one address, with Retry-After; other addresses go on", async () => {
    process.env.INTAKE_LIMIT_PER_IP_PER_HOUR = "3";
    resetEnvCache();
    expect(env().INTAKE_LIMIT_PER_IP_PER_HOUR).toBe(3);
    const ip = someIp();
    // Counted before anything else is checked, whatever the body.
    for (let i = 0; i < 3; i++) await enforceIntakeIpLimit(ip);
    const refused = await enforceIntakeIpLimit(ip).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "rate_limited",
      message: "Too many requests from your network. Please try again later.",
    });
    const retryAfter = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    await expect(enforceIntakeIpLimit(someIp())).resolves.toBeUndefined();
  });
  // Over HTTP, from the socket address whatever X-Forwarded-For says: lib/net/client-address.int.test.ts.
});
