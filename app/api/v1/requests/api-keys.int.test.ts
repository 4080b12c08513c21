import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/auth/api-keys";
import { closeDb, db } from "@/lib/db/client";
import { apiKeys, auditLog, requestMessages } from "@/lib/db/schema";
import { adminOfKeys, apiKeyWith, callApi } from "@/scripts/test-support/api-client";
import { staffWithSession } from "@/scripts/test-support/staff-session";
import { GET as getOne } from "./[id]/route";
import { GET as getDeadline } from "./[id]/deadline/route";
import { POST as postMessage } from "./[id]/messages/route";
import { GET as getTimeline } from "./[id]/timeline/route";
import { POST as postTransition } from "./[id]/transitions/route";
import { GET as list, POST as publicIntake } from "./route";
import { POST as createStaffChannel } from "./staff-channel/route";

const tag = () => randomBytes(4).toString("hex");
type Key = Awaited<ReturnType<typeof apiKeyWith>>;
let keys: Record<"read" | "readSubject" | "subjectOnly" | "write" | "transition" | "messages" | "webhooks", Key>;
let agentId: string;

const newRequest = (overrides: Record<string, unknown> = {}) => ({
  type: "access",
  email: `api.${tag()}@example.net`,
  fullName: "Ada Api",
  locale: "fr",
  channel: "letter",
  receivedAt: "2026-01-31T10:00:00+01:00",
  identityMethod: "known_account",
  ...overrides,
});

async function filed(): Promise<{ id: string; version: number }> {
  const res = await callApi(createStaffChannel, {
    path: "/api/v1/requests/staff-channel",
    secret: keys.write.secret,
    body: newRequest(),
  });
  expect(res.status).toBe(201);
  const data = res.json.data as { id: string };
  const one = await callApi(getOne, {
    path: `/api/v1/requests/${data.id}`,
    secret: keys.read.secret,
    params: { id: data.id },
  });
  return { id: data.id, version: (one.json.data as { version: number }).version };
}

const problemOf = (r: Awaited<ReturnType<typeof callApi>>) => ({
  status: r.status,
  contentType: r.headers.get("content-type"),
  ...(r.json as { code: string; missingScopes?: string[]; errors?: { field: string; reason: string }[] }),
});

beforeAll(async () => {
  keys = {
    read: await apiKeyWith(["requests:read"]),
    readSubject: await apiKeyWith(["requests:read", "requests:read_subject"]),
    subjectOnly: await apiKeyWith(["requests:read_subject"]),
    write: await apiKeyWith(["requests:write"]),
    transition: await apiKeyWith(["requests:transition", "requests:read"], { name: `crm ${tag()}` }),
    messages: await apiKeyWith(["messages:write"]),
    webhooks: await apiKeyWith(["webhooks:manage"]),
  };
  agentId = (await staffWithSession("agent", "Api Agent")).id;
});
afterAll(closeDb);

describe("a key per scope: allowed and refused calls", () => {
  it("requests:write files a back-dated staff-channel request (the clock starts at receipt), nothing else", async () => {
    const res = await callApi(createStaffChannel, {
      path: "/api/v1/requests/staff-channel",
      secret: keys.write.secret,
      body: newRequest(),
    });
    expect(res.status).toBe(201);
    // Received 31 January (Paris) under GDPR with French holidays: one month → 28 February 2026 (a Saturday) → 2 March.
    expect(res.json.data).toMatchObject({ status: "new", dueDate: "2026-03-02" });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.requestId, (res.json.data as { id: string }).id), eq(auditLog.action, "request.submitted")),
      );
    expect([entry?.actorType, entry?.actorId]).toEqual(["api_key", keys.write.id]);
    // A retry with the same Idempotency-Key files nothing new; the same key with another body is refused.
    const body = newRequest();
    const headers = { "idempotency-key": `retry-${tag()}` };
    const path = "/api/v1/requests/staff-channel";
    const first = await callApi(createStaffChannel, { path, secret: keys.write.secret, body, headers });
    const again = await callApi(createStaffChannel, { path, secret: keys.write.secret, body, headers });
    expect((again.json.data as { id: string }).id).toBe((first.json.data as { id: string }).id);
    const other = await callApi(createStaffChannel, { path, secret: keys.write.secret, body: newRequest(), headers });
    expect(problemOf(other)).toMatchObject({ status: 422, code: "idempotency_mismatch" });
    const refused = problemOf(await callApi(list, { path: "/api/v1/requests", secret: keys.write.secret }));
    expect(refused).toMatchObject({
      status: 403,
      contentType: "application/problem+json",
      code: "forbidden",
      missingScopes: ["requests:read"],
    });
  });

  it("requests:read reads without subject fields; read_subject adds them and audits the read; alone it reads nothing", async () => {
    const { id } = await filed();
    const plain = await callApi(getOne, { path: `/api/v1/requests/${id}`, secret: keys.read.secret, params: { id } });
    expect(plain.status).toBe(200);
    expect(plain.json.data).toMatchObject({ id, subject: null, status: "new" });
    const full = await callApi(getOne, {
      path: `/api/v1/requests/${id}`,
      secret: keys.readSubject.secret,
      params: { id },
    });
    expect((full.json.data as { subject: { fullName: string } }).subject.fullName).toBe("Ada Api");
    const views = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "request.subject_viewed")));
    expect(views.map((v) => [v.actorType, v.actorId, (v.payload as { part: string }).part])).toEqual([
      ["api_key", keys.readSubject.id, "api"],
    ]);
    const alone = await callApi(getOne, {
      path: `/api/v1/requests/${id}`,
      secret: keys.subjectOnly.secret,
      params: { id },
    });
    expect(problemOf(alone)).toMatchObject({ status: 403, missingScopes: ["requests:read"] });
    for (const key of [keys.read, keys.write, keys.messages, keys.webhooks]) {
      const t = await callApi(postTransition, {
        path: `/api/v1/requests/${id}/transitions`,
        secret: key.secret,
        params: { id },
        body: { type: "start", version: 1 },
      });
      expect(problemOf(t)).toMatchObject({ status: 403, missingScopes: ["requests:transition"] });
    }
  });

  it("requests:transition runs the workspace's actions with its rules; the audit trail names the key", async () => {
    const { id, version } = await filed();
    const path = `/api/v1/requests/${id}/transitions`;
    const run = (body: Record<string, unknown>) =>
      callApi(postTransition, { path, secret: keys.transition.secret, params: { id }, body });
    const assigned = await run({ type: "assign", version, assigneeId: agentId });
    expect(assigned.status).toBe(200);
    expect(assigned.json.data).toMatchObject({ status: "new", version: version + 1 });
    // A stale version is a conflict; an extension without its reason is refused by the lifecycle.
    // The problem's detail is the English sentence (the API's contract), whatever key staff screens use for it.
    const stale = problemOf(await run({ type: "start", version }));
    expect(stale).toMatchObject({
      status: 409,
      code: "conflict",
      detail: "Someone else changed this request in the meantime. Reload it to see the latest version, then try again.",
    });
    expect(JSON.stringify(stale)).not.toContain("common.request_changed_meanwhile");
    expect((await run({ type: "start", version: version + 1 })).json.data).toMatchObject({ status: "in_progress" });
    expect(problemOf(await run({ type: "extend", version: version + 2, reason: " " }))).toMatchObject({
      status: 400,
      code: "reason_required",
      detail: "A reason for the extension is required.",
    });
    const trail = await db().select().from(auditLog).where(eq(auditLog.requestId, id));
    const byKey = trail
      .filter((e) => e.actorType === "api_key" && e.actorId === keys.transition.id)
      .map((e) => e.action);
    expect(byKey).toEqual(expect.arrayContaining(["request.assigned", "request.started"]));
    const timeline = await callApi(getTimeline, {
      path: `/api/v1/requests/${id}/timeline?locale=fr`,
      secret: keys.transition.secret,
      params: { id },
    });
    const events = (timeline.json.data as { code: string; actor: string; action: string }[]).filter(
      (e) => e.code === "request.started",
    );
    expect(events).toEqual([expect.objectContaining({ actor: `Clé d'API ${keys.transition.name}` })]);
    expect(events[0]!.action).not.toBe("Work started");
    const one = await callApi(getOne, {
      path: `/api/v1/requests/${id}`,
      secret: keys.transition.secret,
      params: { id },
    });
    expect(one.json.data).toMatchObject({ assigneeId: agentId, assigneeName: "Api Agent", status: "in_progress" });
    expect((one.json.data as { allowedTransitions: string[] }).allowedTransitions).toEqual(
      expect.arrayContaining(["assign", "ask_subject", "submit_for_review", "refuse", "withdraw"]),
    );
  });

  it("messages:write writes to the subject (stored, audited with the key)", async () => {
    const { id } = await filed();
    const res = await callApi(postMessage, {
      path: `/api/v1/requests/${id}/messages`,
      secret: keys.messages.secret,
      params: { id },
      body: { message: "Votre numéro client ?" },
    });
    expect(res.status).toBe(201);
    const [stored] = await db().select().from(requestMessages).where(eq(requestMessages.requestId, id));
    expect([stored?.direction, stored?.authorStaffId]).toEqual(["outbound", null]);
    const [sent] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "request.message_sent")));
    expect([sent?.actorType, sent?.actorId]).toEqual(["api_key", keys.messages.id]);
    expect(
      problemOf(
        await callApi(getDeadline, {
          path: `/api/v1/requests/${id}/deadline`,
          secret: keys.messages.secret,
          params: { id },
        }),
      ),
    ).toMatchObject({ status: 403, missingScopes: ["requests:read"] });
  });

  it("explains the deadline in French or English", async () => {
    const { id } = await filed();
    const fr = await callApi(getDeadline, {
      path: `/api/v1/requests/${id}/deadline?locale=fr`,
      secret: keys.read.secret,
      params: { id },
    });
    expect(fr.json.data).toMatchObject({ dueDate: "2026-03-02", timeZone: "Europe/Paris", regime: "GDPR" });
    expect((fr.json.data as { explanation: string[] }).explanation.join(" ")).toMatch(/samedi/);
  });
});

describe("authentication", () => {
  it("refuses a missing, malformed, unknown, revoked or expired key with 401 problem details", async () => {
    const path = "/api/v1/requests";
    const key = await apiKeyWith(["requests:read"]);
    expect((await callApi(list, { path, secret: key.secret })).status).toBe(200);
    await revokeApiKey({ keyId: key.id, adminId: adminOfKeys() });
    const expired = await apiKeyWith(["requests:read"]);
    await db()
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, expired.id));
    const answers = [
      await callApi(list, { path, secret: key.secret }),
      await callApi(list, { path, secret: expired.secret }),
      await callApi(list, { path, secret: `dsr_live_${tag()}` }),
      await callApi(list, { path: `${path}?api_key=${expired.secret}` }),
      await callApi(list, { path, headers: { authorization: `Basic ${expired.secret}` } }),
    ];
    for (const a of answers) {
      expect(problemOf(a)).toMatchObject({
        status: 401,
        code: "unauthenticated",
        contentType: "application/problem+json",
      });
      expect(a.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    const [revoked] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "api_key.revoked"))
      .orderBy(auditLog.seq);
    expect(revoked).toBeDefined();
  });

  it("limits calls per key: 429 with Retry-After past the key's limit, other keys unaffected", async () => {
    const limited = await apiKeyWith(["requests:read"], { rateLimitPerMinute: 3 });
    const path = "/api/v1/requests?limit=1";
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof callApi>> | null = null;
    for (let i = 0; i < 4; i++) {
      last = await callApi(list, { path, secret: limited.secret });
      statuses.push(last.status);
    }
    // A minute boundary between calls would start a new window: then the 4th passes; retry once.
    if (statuses[3] === 200) for (let i = 0; i < 3; i++) last = await callApi(list, { path, secret: limited.secret });
    expect(problemOf(last!)).toMatchObject({ status: 429, code: "rate_limited" });
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await callApi(list, { path, secret: keys.read.secret })).status).toBe(200);
  });

  it("records last use at most once a minute", async () => {
    const key = await apiKeyWith(["requests:read"]);
    await callApi(list, { path: "/api/v1/requests?limit=1", secret: key.secret });
    const [first] = await db().select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(first?.lastUsedAt).toBeInstanceOf(Date);
    await callApi(list, { path: "/api/v1/requests?limit=1", secret: key.secret });
    const [second] = await db().select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(second?.lastUsedAt?.getTime()).toBe(first?.lastUsedAt?.getTime());
  });

  it("keeps the public intake working without a key", async () => {
    const res = await callApi(publicIntake, {
      path: "/api/v1/requests",
      body: { type: "access", email: `pub.${tag()}@example.net`, fullName: "Pub Lic", locale: "en" },
      headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}` },
    });
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ status: "unverified" });
  });
});
