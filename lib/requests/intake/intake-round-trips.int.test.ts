import { randomBytes } from "node:crypto";
import { and, eq, like, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { emailIndex, encrypt } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import {
  auditLog,
  idempotencyKeys,
  mailDeliveries,
  outbox,
  rateLimitHits,
  requestVerifications,
  requests,
  webhookDeliveries,
  webhookEndpoints,
} from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { intakeHitsOf as hitsOf } from "@/scripts/test-support/intake-hits";
import { enforceIntakeIpLimit } from "./intake-limits";
import { fileSubmission, prepareSubmission, submitRequest, type SubmitContext } from "./submit-request";

/** Counts the statements this process sends to Postgres (each is one round trip). */
let statements = 0;
const realQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof realQuery;
async function counted<T>(run: () => Promise<T>): Promise<{ value: T; roundTrips: number }> {
  await db().execute(sql`select 1`); // the pool's connection is open before counting
  const before = statements;
  const value = await run();
  return { value, roundTrips: statements - before };
}

const tag = randomBytes(4).toString("hex");
const email = (n: string) => `rt.${n}.${tag}@example.net`;
const someIp = () => `203.0.113.${randomBytes(1)[0]! % 250}-${randomBytes(4).toString("hex")}`;
const body = (to: string) => ({ type: "access", email: to, fullName: "Round Trip", locale: "en", jurisdiction: "FR" });
const api = (ip: string, key?: string, raw?: string): SubmitContext => ({
  channel: "api",
  actor: { type: "subject" },
  emailQuota: true,
  ipLimit: { ip },
  idempotency: key ? { scope: "intake", key, rawBody: raw ?? "" } : undefined,
});

const savedLimit = process.env.INTAKE_LIMIT_PER_IP_PER_HOUR;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.INTAKE_LIMIT_PER_IP_PER_HOUR;
  else process.env.INTAKE_LIMIT_PER_IP_PER_HOUR = savedLimit;
  resetEnvCache();
});
afterAll(async () => {
  pg.Client.prototype.query = realQuery;
  await closeDb();
});

describe("the portal/API intake in one or two round trips", () => {
  it("files request, audit entry, secrets, mail row and job, idempotency answer and webhook delivery in 2 round trips", async () => {
    const [endpoint] = await db()
      .insert(webhookEndpoints)
      .values({ url: "http://127.0.0.1:9/rt", events: ["request.received"], secretEnc: encrypt("whsec_rt") })
      .returning();
    try {
      const raw = JSON.stringify(body(email("a")));
      const { value: result, roundTrips } = await counted(() =>
        submitRequest(JSON.parse(raw), api(someIp(), `rt-${tag}-a`, raw)),
      );
      expect(roundTrips).toBe(2);
      const [row] = await db().select().from(requests).where(eq(requests.id, result.id));
      expect(row).toMatchObject({ reference: result.reference, status: "unverified", channel: "api" });
      const [entry] = await db().select().from(auditLog).where(eq(auditLog.requestId, result.id));
      expect(entry).toMatchObject({ action: "request.submitted", actorType: "subject" });
      expect(entry!.payload).toMatchObject({ reference: result.reference, duplicateOf: null });
      expect(
        await db().select().from(requestVerifications).where(eq(requestVerifications.requestId, result.id)),
      ).toHaveLength(1);
      const [mail] = await db()
        .select()
        .from(mailDeliveries)
        .where(eq(mailDeliveries.key, `verification-${result.id}-1`));
      expect(mail).toMatchObject({ status: "queued", template: "verification", recipientRole: "subject" });
      const jobs = await db().execute<{ n: number }>(
        sql`select count(*)::int as n from ${outbox} where job_name = 'mail.send' and payload->>'key' = ${mail!.key}`,
      );
      expect(jobs.rows[0]!.n).toBe(1);
      const deliveries = await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.requestId, result.id));
      expect(deliveries.map((d) => [d.endpointId, d.eventType])).toEqual([[endpoint!.id, "request.received"]]);
      expect(deliveries[0]!.payload).toMatchObject({
        type: "request.received",
        data: { request: { id: result.id, status: "unverified" } },
      });
      expect(deliveries[0]!.id).toMatch(/^msg_[0-9a-f]{32}$/);
      const webhookJobs = await db().execute<{ n: number }>(
        sql`select count(*)::int as n from ${outbox} where job_name = 'webhook.deliver' and payload->>'deliveryId' = ${deliveries[0]!.id}`,
      );
      expect(webhookJobs.rows[0]!.n).toBe(1);
      const [answer] = await db()
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.scope, "intake"), sql`${idempotencyKeys.response}->>'id' = ${result.id}`));
      expect(answer!.response).toEqual(result);

      // A replay of the same call: one round trip, the first answer, no hit counted, nothing new.
      const replay = await counted(() => submitRequest(JSON.parse(raw), api(someIp(), `rt-${tag}-a`, raw)));
      expect(replay.roundTrips).toBe(1);
      expect(replay.value).toEqual(result);
      // The same key with another body: 422.
      await expect(submitRequest(body(email("a2")), api(someIp(), `rt-${tag}-a`, "other"))).rejects.toMatchObject({
        code: "idempotency_mismatch",
      });
    } finally {
      await db().delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint!.id));
    }
  });

  it("the first round trip commits without waiting for the WAL flush, and leaves no connection so", async () => {
    const filed = await Promise.all(
      Array.from({ length: 12 }, (_, i) => submitRequest(body(email(`sync${i}`)), api(someIp()))),
    );
    // Every one was filed by the second statement, which must commit synchronously (a 202 survives a crash):
    // the prelude's `synchronous_commit = off` is local to its own transaction, so no pooled connection keeps it.
    const settings = await Promise.all(
      filed.map(() => db().execute<{ synchronous_commit: string }>(sql`show synchronous_commit`)),
    );
    expect(new Set(settings.map((s) => s.rows[0]!.synchronous_commit))).toEqual(new Set(["on"]));
    const rows = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(sql`${requests.id} in ${filed.map((f) => f.id)}`);
    expect(rows).toHaveLength(12);
  });

  it("the transaction path (identity checked by staff, agents, opt-outs; the portal and API before) takes 18 for the same", async () => {
    const raw = JSON.stringify(body(email("tx")));
    const ctx = api(someIp(), `rt-${tag}-tx`, raw);
    const { roundTrips } = await counted(async () => {
      await enforceIntakeIpLimit(ctx.ipLimit!.ip, ctx.idempotency!.key);
      const prepared = await prepareSubmission(JSON.parse(raw), ctx);
      return db().transaction((tx) => fileSubmission(tx, prepared));
    });
    console.log(`intake round trips: one statement path 2, transaction path ${roundTrips}`);
    expect(roundTrips).toBeGreaterThanOrEqual(14);
  });

  it("without an Idempotency-Key: one round trip, the address's hit counted in it; links a duplicate in the request, its audit entry and the answer", async () => {
    const to = email("dup");
    const first = await submitRequest(body(to), api(someIp()));
    const ip = someIp();
    const { value: second, roundTrips } = await counted(() => submitRequest(body(to), api(ip)));
    // One statement (plus, once per 64 intakes, the draw of a block of reference numbers).
    expect(roundTrips).toBe(1);
    expect(await hitsOf(ip)).toBe(1);
    expect(second.duplicateOf).toBe(first.id);
    const [row] = await db().select().from(requests).where(eq(requests.id, second.id));
    expect(row!.duplicateOf).toBe(first.id);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.requestId, second.id));
    expect(entry!.payload).toMatchObject({ duplicateOf: first.id });
  });

  it("10 concurrent attempts with one Idempotency-Key file one request, all get its answer, the address counts one hit", async () => {
    process.env.INTAKE_LIMIT_PER_IP_PER_HOUR = "3";
    resetEnvCache();
    const ip = someIp();
    const raw = JSON.stringify(body(email("conc")));
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => submitRequest(JSON.parse(raw), api(ip, `rt-${tag}-conc`, raw))),
    );
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    const filed = await db().select().from(requests).where(eq(requests.id, answers[0]!.id));
    expect(filed).toHaveLength(1);
    const hits = await db()
      .select({ bucket: rateLimitHits.bucket, hits: rateLimitHits.hits })
      .from(rateLimitHits)
      .where(and(like(rateLimitHits.bucket, "intake:ip:%"), sql`${rateLimitHits.hits} > 0`));
    // The address's own bucket holds one hit (found by its hash, as the limiter names it).
    const { rateLimitBucket } = await import("@/lib/rate-limit/consume");
    const mine = hits.find(
      (h) => h.bucket === rateLimitBucket({ name: "intake:ip", limit: 3, windowSeconds: 3600 }, ip),
    );
    expect(mine?.hits).toBe(1);
  });

  it("past the per-address limit: 429 with Retry-After, counted before the body is validated, nothing filed", async () => {
    process.env.INTAKE_LIMIT_PER_IP_PER_HOUR = "2";
    resetEnvCache();
    const ip = someIp();
    await expect(submitRequest({ type: "nonsense" }, api(ip))).rejects.toMatchObject({ name: "ZodError" });
    await submitRequest(body(email("lim1")), api(ip));
    const refused = await counted(() => submitRequest(body(email("lim2")), api(ip)).catch((e: unknown) => e));
    expect(refused.value).toMatchObject({ code: "rate_limited" });
    expect((refused.value as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.roundTrips).toBe(1);
    const filed = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(eq(requests.emailBidx, emailIndex(email("lim2"))));
    expect(filed).toHaveLength(0);
  });

  it("concurrent intakes from one address, grouped: exactly the limit filed, the rest 429, every one counted", async () => {
    process.env.INTAKE_LIMIT_PER_IP_PER_HOUR = "5";
    resetEnvCache();
    const ip = someIp();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        submitRequest(body(email(`crowd${i}`)), api(ip)).then(
          (r) => r.id,
          (e: unknown) => (e as { code?: string }).code,
        ),
      ),
    );
    const filedIds = outcomes.filter((o) => o !== "rate_limited");
    expect(filedIds).toHaveLength(5);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(7);
    // Nothing of the seven refused was written: the only rows for these addresses are the five answered 202.
    const rows = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(sql`${requests.emailBidx} in ${Array.from({ length: 12 }, (_, i) => emailIndex(email(`crowd${i}`)))}`);
    expect(rows.map((r) => r.id).sort()).toEqual([...filedIds].sort());
    expect(await hitsOf(ip)).toBe(12);
  });

  it("past the per-e-mail quota of verified requests: 429 and nothing of the statement written", async () => {
    process.env.INTAKE_LIMIT_PER_EMAIL_PER_DAY = "1";
    resetEnvCache();
    try {
      const to = email("quota");
      const first = await submitRequest(body(to), api(someIp()));
      await db().update(requests).set({ verifiedAt: new Date(), status: "new" }).where(eq(requests.id, first.id));
      const ip = someIp();
      const refused = await submitRequest({ ...body(to), type: "erasure" }, api(ip)).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: "rate_limited" });
      // The refused statement rolled back its hit; the address's hit is counted all the same, once.
      expect(await hitsOf(ip)).toBe(1);
      expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(80_000);
      const mine = await db()
        .select({ id: requests.id })
        .from(requests)
        .where(eq(requests.emailBidx, emailIndex(to)));
      expect(mine.map((r) => r.id)).toEqual([first.id]);
      const mails = await db()
        .select()
        .from(mailDeliveries)
        .where(
          and(
            like(mailDeliveries.key, "verification-%"),
            sql`${mailDeliveries.requestId} in (select id from requests where email_bidx = ${emailIndex(to)})`,
          ),
        );
      expect(mails.map((m) => m.requestId)).toEqual([first.id]);
    } finally {
      delete process.env.INTAKE_LIMIT_PER_EMAIL_PER_DAY;
      resetEnvCache();
    }
  });
});
