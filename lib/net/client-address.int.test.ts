import { createHash, randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { ipKey, lockedForSeconds } from "@/lib/auth/sign-in-throttle";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { clearThrottle } from "@/lib/db/queries/staff-security";
import { rateLimitHits } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { signInOverHttp } from "@/scripts/test-support/staff-http";
import { CLIENT_ADDRESS_HEADER } from "./proxy-addr";

/**
 * Issue 14, item 1: every per-address limit keys on the socket address of the test client (this
 * process, 127.0.0.1), whatever X-Forwarded-For or the internal client-address header say.
 */
const HOUR = 3_600_000;
const SOCKET_ADDRESSES = ["127.0.0.1", "::1", "::ffff:127.0.0.1", "unknown"];
const tag = () => randomBytes(4).toString("hex");
const spoofed = () => ({
  "x-forwarded-for": `198.51.100.${1 + (randomBytes(1)[0]! % 254)}`,
  [CLIENT_ADDRESS_HEADER]: `203.0.113.${1 + (randomBytes(1)[0]! % 254)}`,
});
const clearSignInThrottles = async () => {
  for (const ip of SOCKET_ADDRESSES) await clearThrottle(db(), { key: ipKey(ip) });
};

beforeAll(clearSignInThrottles);
afterAll(async () => {
  await clearSignInThrottles();
  await closeDb();
});

describe("sign-in throttling per client address", () => {
  it("locks the socket address after 30 failures even when every attempt claims another X-Forwarded-For", async () => {
    const errors: string[] = [];
    for (let i = 0; i < 32; i += 1) {
      const { error } = await signInOverHttp({
        email: `spray.${tag()}@client-address.test`,
        password: "guess",
        headers: spoofed(),
      });
      errors.push(error ?? "signed in");
    }
    expect(errors.slice(0, 30)).toEqual(Array(30).fill("invalid"));
    expect(errors.slice(30)).toEqual(["locked", "locked"]);
    expect(await lockedForSeconds([ipKey("127.0.0.1")])).toBeGreaterThan(0);

    // A real account is refused from that address too, until the lock is lifted.
    const email = `agent.${tag()}@client-address.test`;
    const password = `pw-${tag()}-${tag()}`;
    await upsertStaff(db(), { email, name: "Ada Address", role: "agent", passwordHash: await hashPassword(password) });
    expect((await signInOverHttp({ email, password, headers: spoofed() })).error).toBe("locked");
    await clearSignInThrottles();
    expect((await signInOverHttp({ email, password })).error).toBeNull();
  });
});

describe("the per-address intake limit", () => {
  const bucket = `intake:ip:${createHash("sha256").update("127.0.0.1").digest("hex").slice(0, 32)}`;
  const windows = () => {
    const now = Date.now();
    return [Math.floor(now / HOUR) * HOUR, (Math.floor(now / HOUR) + 1) * HOUR].map((t) => new Date(t));
  };
  const release = () =>
    db()
      .delete(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, bucket), inArray(rateLimitHits.windowStart, windows())));

  it("cannot be dodged with X-Forwarded-For or a forged client-address header: 429 with Retry-After", async () => {
    // The instance runs with a high limit (every test shares 127.0.0.1): this address's counter is
    // filled far beyond it for this hour and the next, and emptied again afterwards.
    const email = `limited.${tag()}@example.net`;
    const post = (headers: Record<string, string>) =>
      fetch(`${appUrl()}/api/v1/requests`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ type: "access", email, fullName: "Rate Limited", locale: "en" }),
      });
    await release();
    for (const windowStart of windows())
      await db().insert(rateLimitHits).values({ bucket, windowStart, hits: 2_000_000_000 });
    try {
      for (const headers of [{}, spoofed(), spoofed()]) {
        const res = await post(headers);
        expect(res.status).toBe(429);
        const retryAfter = Number(res.headers.get("retry-after"));
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(3600);
        expect(await res.json()).toMatchObject({ error: { code: "rate_limited" } });
      }
    } finally {
      await release();
    }
    expect((await post(spoofed())).status).toBe(202);
  });
});
