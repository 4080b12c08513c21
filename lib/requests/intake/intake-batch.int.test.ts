import { randomBytes } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, mailDeliveries, outbox, requestVerifications, requests } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { env, resetEnvCache } from "@/lib/env";
import { submitRequest, type SubmitContext } from "./submit-request";
import { STATEMENT_NAME } from "./intake-statement-sql";

/** Counts the filing statements this process sends (the named prepared statement of intake-statement-sql.ts). */
let filings = 0;
const realQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if ((args[0] as { name?: string } | undefined)?.name === STATEMENT_NAME) filings += 1;
  return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof realQuery;

const tag = randomBytes(4).toString("hex");
const email = (n: string) => `grp.${n}.${tag}@example.net`;
const body = (to: string) => ({
  type: "access",
  email: to,
  fullName: "Group Commit",
  locale: "en",
  jurisdiction: "FR",
});
const api = (key?: string, raw?: string): SubmitContext => ({
  channel: "api",
  actor: { type: "subject" },
  emailQuota: true,
  ipLimit: { ip: `198.51.100.7-${randomBytes(4).toString("hex")}` },
  idempotency: key ? { scope: "intake", key, rawBody: raw ?? "" } : undefined,
});

const saved = { concurrency: process.env.INTAKE_BATCH_CONCURRENCY };
afterEach(() => {
  if (saved.concurrency === undefined) delete process.env.INTAKE_BATCH_CONCURRENCY;
  else process.env.INTAKE_BATCH_CONCURRENCY = saved.concurrency;
  resetEnvCache();
});
afterAll(async () => {
  pg.Client.prototype.query = realQuery;
  await closeDb();
});

const count = async (table: typeof auditLog | typeof requestVerifications | typeof mailDeliveries, ids: string[]) =>
  (
    await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(inArray(table.requestId, ids))
  )[0]!.n;

describe("intake group commit", () => {
  it("files 24 concurrent intakes in fewer statements, each with its row, audit entry, secrets, mail and job", async () => {
    process.env.INTAKE_BATCH_CONCURRENCY = "1";
    resetEnvCache();
    await db().execute(sql`select 1`); // the pool's first connection is open before counting
    const before = filings;
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => submitRequest(body(email(`c${i}`)), api())));
    const statements = filings - before;
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThan(24);
    const ids = results.map((r) => r.id);
    expect(new Set(ids).size).toBe(24);
    const rows = await db().select().from(requests).where(inArray(requests.id, ids));
    expect(rows).toHaveLength(24);
    for (const r of results) expect(rows.find((row) => row.id === r.id)).toMatchObject({ reference: r.reference });
    expect(await count(auditLog, ids)).toBe(24);
    expect(await count(requestVerifications, ids)).toBe(24);
    expect(await count(mailDeliveries, ids)).toBe(24);
    const mails = await db()
      .select({ key: mailDeliveries.key })
      .from(mailDeliveries)
      .where(inArray(mailDeliveries.requestId, ids));
    const jobs = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`${outbox.payload}->>'key' = any(${`{${mails.map((m) => m.key).join(",")}}`}::text[])`);
    expect(jobs[0]!.n).toBe(24);
  });

  it("a refused intake in a group refuses only itself: the others are filed, as without grouping", async () => {
    process.env.INTAKE_BATCH_CONCURRENCY = "1";
    resetEnvCache();
    // The owner of this address used the day's quota (verified requests count).
    const owner = email("owner");
    const used = await Promise.all(
      Array.from({ length: env().INTAKE_LIMIT_PER_EMAIL_PER_DAY }, (_, i) =>
        submitRequest(body(owner), api(`used-${tag}-${i}`)),
      ),
    );
    await db()
      .update(requests)
      .set({ status: "new", verifiedAt: new Date() })
      .where(
        inArray(
          requests.id,
          used.map((r) => r.id),
        ),
      );
    // Same Idempotency-Key twice in the crowd, and one over-quota intake.
    const raw = JSON.stringify(body(email("same-key")));
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 10 }, (_, i) => submitRequest(body(email(`m${i}`)), api())),
      submitRequest(body(owner), api()),
      submitRequest(JSON.parse(raw), api(`k-${tag}`, raw)),
      submitRequest(JSON.parse(raw), api(`k-${tag}`, raw)),
    ]);
    const filed = outcomes.slice(0, 10).map((o) => (o.status === "fulfilled" ? o.value.id : null));
    expect(filed.every(Boolean)).toBe(true);
    expect(
      await db()
        .select()
        .from(requests)
        .where(inArray(requests.id, filed as string[])),
    ).toHaveLength(10);
    const refused = outcomes[10]!;
    expect(refused.status).toBe("rejected");
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
    expect(((refused as PromiseRejectedResult).reason as DomainError).code).toBe("rate_limited");
    const [a, b] = outcomes.slice(11).map((o) => (o.status === "fulfilled" ? o.value.id : null));
    expect(a).toBeTruthy();
    expect(b).toBe(a);
  });
});
