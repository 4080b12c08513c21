import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { drizzle } from "drizzle-orm/node-postgres";
import { closeDb, db, type Database } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { rateLimitHits } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { rateLimitBucket, rateLimitWindow } from "@/lib/rate-limit/consume";
import { intakePrelude } from "./intake-prelude";
import { preludeGrouped, preludeMany } from "./intake-prelude-batch";

/** Counts the statements this process sends to Postgres. */
let statements = 0;
const realQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof realQuery;

afterAll(async () => {
  pg.Client.prototype.query = realQuery;
  await closeDb();
});

const ip = () => `198.51.100.${randomBytes(4).toString("hex")}`;
const rule = (limit: number) => ({ name: "intake:ip", limit, windowSeconds: 3600 });

async function hitsOf(r: ReturnType<typeof rule>, address: string, now: Date) {
  const [row] = await db()
    .select({ hits: rateLimitHits.hits })
    .from(rateLimitHits)
    .where(
      and(
        eq(rateLimitHits.bucket, rateLimitBucket(r, address)),
        eq(rateLimitHits.windowStart, rateLimitWindow(r, now).windowStart),
      ),
    );
  return row?.hits ?? null;
}

describe("intake preludes grouped in one statement", () => {
  it("judges each intake as the single prelude would in the group's order, per address", async () => {
    const now = new Date();
    const [a, b] = [ip(), ip()];
    const r = rule(3);
    // Address a already has one hit: of its four intakes here, the first two are within the limit of 3.
    expect((await intakePrelude(db(), { rule: r, ip: a, now })).kind).toBe("go");
    const items = [a, b, a, a, b, a, b, b].map((address) => ({ rule: r, ip: address, now }));
    items.push({ rule: r, ip: undefined as unknown as string, now }); // no address: never limited
    const judged = await preludeMany(db(), items);
    const allowed = judged.map((j) => "referenceNumber" in j);
    expect(allowed).toEqual([true, true, true, false, true, false, true, false, true]);
    const numbers = judged.flatMap((j) => ("referenceNumber" in j ? [j.referenceNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    const refused = judged.find((j) => "retryAfterSeconds" in j) as { retryAfterSeconds: number };
    expect(refused.retryAfterSeconds).toBe(rateLimitWindow(r, now).retryAfterSeconds);
    // Every attempt counts, as with the single prelude (1 + 4 for a, 4 for b).
    expect(await hitsOf(r, a, now)).toBe(5);
    expect(await hitsOf(r, b, now)).toBe(4);
    // The next single prelude sees the group's hits.
    await expect(intakePrelude(db(), { rule: r, ip: b, now })).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("groups concurrent preludes: fewer statements, exactly the limit allowed, each refusal a 429", async () => {
    const address = ip();
    process.env.INTAKE_LIMIT_PER_IP_PER_HOUR = "7";
    const { resetEnvCache } = await import("@/lib/env");
    resetEnvCache();
    const { intakeIpRule } = await import("./intake-limits");
    await db().execute(sql`select 1`); // the pool's connection is open before counting
    const before = statements;
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, () => preludeGrouped(db(), { rule: intakeIpRule(), ip: address })),
    );
    const used = statements - before;
    delete process.env.INTAKE_LIMIT_PER_IP_PER_HOUR;
    resetEnvCache();
    const ok = settled.filter((s) => s.status === "fulfilled");
    const refused = settled.filter((s) => s.status === "rejected");
    expect(ok).toHaveLength(7);
    expect(refused).toHaveLength(13);
    for (const s of refused) {
      expect(s.reason).toBeInstanceOf(DomainError);
      expect((s.reason as DomainError).code).toBe("rate_limited");
    }
    expect(used).toBeLessThan(20);
    const [row] = await db()
      .select({ hits: rateLimitHits.hits })
      .from(rateLimitHits)
      .where(inArray(rateLimitHits.bucket, [rateLimitBucket(rule(7), address)]));
    expect(row?.hits).toBe(20);
  });

  it("fails every intake of a group with the database's own error when PostgreSQL is out of reach (503)", async () => {
    const pool = new pg.Pool({
      connectionString: "postgres://nobody:none@127.0.0.1:1/none",
      connectionTimeoutMillis: 500,
    });
    const away = drizzle(pool) as unknown as Database;
    const { intakeIpRule } = await import("./intake-limits");
    const settled = await Promise.allSettled(
      Array.from({ length: 8 }, () => preludeGrouped(away, { rule: intakeIpRule(), ip: ip() })),
    );
    await pool.end();
    expect(settled.every((s) => s.status === "rejected")).toBe(true);
    for (const s of settled) expect(isDatabaseUnavailable((s as PromiseRejectedResult).reason)).toBe(true);
  });
});
