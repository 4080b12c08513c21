import { createHash, randomBytes } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, rateLimitHits, requests } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { extractCode, extractLink, waitForMail } from "@/scripts/test-support/mailbox";

const url = () => `${appUrl()}/api/v1/requests`;
const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(url(), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

afterAll(() => closeDb());

describe("POST /api/v1/requests", () => {
  it("files a request, answers 202 with the legal due date and mails a link and a 6-digit code", async () => {
    const to = email("intake");
    const res = await post({
      type: "access",
      email: to,
      fullName: "Camille Martin",
      locale: "fr",
      jurisdiction: "FR",
      details: "Toutes mes commandes",
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; reference: string; status: string; dueDate: string };
    expect(body.status).toBe("unverified");
    expect(body.reference).toMatch(/^DSR-\d{4}-\d{6}$/);
    expect(body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const mail = await waitForMail(to);
    expect(mail.text).toContain(body.reference);
    expect(extractCode(mail.text)).toMatch(/^\d{6}$/);
    expect(extractLink(mail.text, "/fr/verify")).toContain("token=");

    const [row] = await db().select().from(requests).where(eq(requests.id, body.id));
    expect(row!.status).toBe("unverified");
    expect(row!.channel).toBe("api");
    const audit = await db().select().from(auditLog).where(eq(auditLog.requestId, body.id));
    expect(audit.map((a) => a.action)).toContain("request.submitted");
  });

  it("stores subject data encrypted: the raw row holds no plaintext", async () => {
    const to = email("cipher");
    const res = await post({
      type: "rectification",
      email: to,
      fullName: "Zoé Plaintext-Check",
      locale: "en",
      accountReference: "ACCT-998877",
      details: "My secret details",
      rectification: [{ field: "phone", currentValue: "+33 6 11", newValue: "+33 6 99 88 77 66" }],
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const raw = await db().execute(sql`select * from requests where id = ${id}`);
    const dump = JSON.stringify(raw.rows[0]);
    for (const secret of [to, "Plaintext-Check", "ACCT-998877", "My secret details", "+33 6 99 88 77 66"])
      expect(dump).not.toContain(secret);
    const outbox = await db().execute(sql`select payload::text as p from outbox order by id desc limit 20`);
    expect(JSON.stringify(outbox.rows)).not.toContain(to);
  });

  it("answers 400 with each invalid field and its reason, and writes nothing", async () => {
    const before = await db().execute<{ n: string }>(sql`select count(*)::text as n from requests`);
    const res = await post({
      type: "teleport",
      email: "not-an-email",
      fullName: "",
      locale: "de",
      details: "x".repeat(5001),
      extra: 1,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(body.error.code).toBe("invalid_request");
    expect(Object.keys(body.error.fields)).toEqual(
      expect.arrayContaining(["type", "email", "fullName", "locale", "details"]),
    );
    expect(body.error.fields.email).toMatch(/valid e-mail/);
    const after = await db().execute<{ n: string }>(sql`select count(*)::text as n from requests`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it("requires the type-specific fields", async () => {
    const res = await post({ type: "rectification", email: email("rect"), fullName: "A B", locale: "en" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.rectification).toMatch(/required/);
    const res2 = await post({ type: "objection", email: email("obj"), fullName: "A B", locale: "en" });
    expect(((await res2.json()) as { error: { fields: Record<string, string> } }).error.fields.objectionScope).toMatch(
      /required/,
    );
  });

  it("answers 415 for non-JSON, 413 past 64 kB, 400 for broken JSON — never 5xx", async () => {
    const form = await fetch(url(), { method: "POST", headers: { "content-type": "text/plain" }, body: "type=access" });
    expect(form.status).toBe(415);
    const big = await post({
      type: "access",
      email: email("big"),
      fullName: "A",
      locale: "en",
      details: "x".repeat(70_000),
    });
    expect(big.status).toBe(413);
    const broken = await post("{not json");
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
  });

  // The quota counts verified requests only (email-quota.int.test.ts has the 429 once the owner used it up).
  it("does not count unverified requests against the per-e-mail quota: anyone can type an address", async () => {
    const to = email("limit");
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await post({
        type: "objection",
        email: to,
        fullName: "Rate Limited",
        locale: "en",
        objectionScope: "direct_marketing",
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 202]);
  });

  it("replays an Idempotency-Key retry without filing a second request", async () => {
    const key = randomBytes(8).toString("hex");
    const body = { type: "erasure", email: email("idem"), fullName: "Idem Potent", locale: "en" };
    const [a, b] = await Promise.all([post(body, { "idempotency-key": key }), post(body, { "idempotency-key": key })]);
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    const ja = (await a.json()) as { id: string };
    const jb = (await b.json()) as { id: string };
    expect(jb.id).toBe(ja.id);
    const other = await post({ ...body, fullName: "Someone Else" }, { "idempotency-key": key });
    expect(other.status).toBe(422);
  });

  it("counts ten concurrent retries of one call (same Idempotency-Key) once against the per-address limit", async () => {
    const bucket = `intake:ip:${createHash("sha256").update("127.0.0.1").digest("hex").slice(0, 32)}`;
    const hits = async () =>
      (
        await db()
          .select({ hits: rateLimitHits.hits })
          .from(rateLimitHits)
          .where(eq(rateLimitHits.bucket, bucket))
          .orderBy(desc(rateLimitHits.windowStart))
          .limit(1)
      )[0]?.hits ?? 0;
    const key = randomBytes(8).toString("hex");
    const body = { type: "access", email: email("retry"), fullName: "Re Try", locale: "en" };
    const before = await hits();
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(body, { "idempotency-key": key })));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(202));
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect((await hits()) - before).toBe(1);
    const filed = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(eq(requests.id, [...ids][0]!));
    expect(filed).toHaveLength(1);
  });

  it("links a second open request of the same type for the same e-mail as a duplicate", async () => {
    const to = email("dup");
    const first = (await (await post({ type: "erasure", email: to, fullName: "Dup One", locale: "en" })).json()) as {
      id: string;
    };
    const second = (await (
      await post({ type: "erasure", email: to.toUpperCase(), fullName: "Dup One", locale: "en" })
    ).json()) as { id: string };
    expect(second.id).not.toBe(first.id);
    const [row] = await db().select().from(requests).where(eq(requests.id, second.id));
    expect(row!.duplicateOf).toBe(first.id);
    const third = (await (await post({ type: "access", email: to, fullName: "Dup One", locale: "en" })).json()) as {
      id: string;
    };
    const [row3] = await db().select().from(requests).where(eq(requests.id, third.id));
    expect(row3!.duplicateOf).toBeNull();
  });
});
