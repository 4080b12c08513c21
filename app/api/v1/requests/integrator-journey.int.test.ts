import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { requests, webhookEndpoints } from "@/lib/db/schema";
import { revokeApiKey } from "@/lib/auth/api-keys";
import { adminOfKeys, apiKeyWith } from "@/scripts/test-support/api-client";
import { waitFor } from "@/scripts/test-support/wait-for";
import { receiver } from "@/scripts/test-support/webhook-receiver";

// Against the running instance (DSR_RUNTIME_ENV): a new integrator's walk over plain HTTP.
const base = () => process.env.APP_URL!;
type Key = Awaited<ReturnType<typeof apiKeyWith>>;
let reader: Key;
let hooks: Key;
let hook: Awaited<ReturnType<typeof receiver>>;
let endpointId = "";

async function http(path: string, init: RequestInit & { key?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.key) headers.set("authorization", `Bearer ${init.key}`);
  if (init.body) headers.set("content-type", "application/json");
  const res = await fetch(`${base()}${path}`, { ...init, headers });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, json };
}

beforeAll(async () => {
  reader = await apiKeyWith(["requests:read"]);
  hooks = await apiKeyWith(["webhooks:manage"]);
  hook = await receiver();
});
afterAll(async () => {
  if (endpointId)
    await db().update(webhookEndpoints).set({ enabled: false }).where(eq(webhookEndpoints.id, endpointId));
  await hook.close();
  await closeDb();
});

describe("a new integrator's walk through the public API", () => {
  it("files with an Idempotency-Key, replays, reads, lists and gets signed webhooks", async () => {
    const created = await http("/api/v1/webhooks", {
      method: "POST",
      key: hooks.secret,
      body: JSON.stringify({ url: hook.url, events: ["request.received"] }),
    });
    expect(created.status).toBe(201);
    const ep = created.json.data as { id: string; secret: string };
    endpointId = ep.id;

    const email = `integrator-${randomBytes(4).toString("hex")}@example.com`;
    const body = JSON.stringify({
      type: "access",
      email,
      fullName: "Ada Integrator",
      locale: "en",
      jurisdiction: "BR",
    });
    const key = `idem-${randomBytes(6).toString("hex")}`;
    const first = await http("/api/v1/requests", { method: "POST", body, headers: { "idempotency-key": key } });
    const again = await http("/api/v1/requests", { method: "POST", body, headers: { "idempotency-key": key } });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.json).toEqual(first.json);
    const id = first.json.id as string;
    const rows = await db().select({ id: requests.id }).from(requests).where(eq(requests.id, id));
    expect(rows).toHaveLength(1);
    const other = await http("/api/v1/requests", {
      method: "POST",
      body: body.replace("Ada", "Bob"),
      headers: { "idempotency-key": key },
    });
    expect(other.status).toBe(422);
    expect(other.json).toMatchObject({
      error: { code: "idempotency_mismatch", fields: { "Idempotency-Key": expect.any(String) } },
    });

    const one = await http(`/api/v1/requests/${id}`, { key: reader.secret });
    expect(one.status).toBe(200);
    expect(one.json.data).toMatchObject({
      id,
      regime: "LGPD",
      jurisdiction: "BR",
      status: "unverified",
      subject: null,
    });
    expect((one.json.data as { dueDate: string }).dueDate).toBe(first.json.dueDate);
    // Listed (ordered by due date, keyset-paged): follow nextCursor until it shows up.
    let cursor: string | null = "";
    let listed = false;
    for (let page = 0; page < 50 && cursor !== null && !listed; page++) {
      const q = `regime=LGPD&status=unverified&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const list = await http(`/api/v1/requests?${q}`, { key: reader.secret });
      expect(list.status).toBe(200);
      listed = (list.json.data as { id: string }[]).some((r) => r.id === id);
      cursor = list.json.nextCursor as string | null;
    }
    expect(listed).toBe(true);
    const deadline = await http(`/api/v1/requests/${id}/deadline?locale=fr`, { key: reader.secret });
    expect(deadline.status).toBe(200);
    const explanation = (deadline.json.data as { explanation: string[] }).explanation.join(" ");
    expect(explanation).toContain("15 jours plus tard");
    expect(explanation).toContain("LGPD");
    // Under the LGPD a refusal is the answer: due by the deadline itself, no provision of its own.
    const dates = deadline.json.data as { dueDate: string; refusalDueDate: string; refusalCite: string | null };
    expect([dates.refusalDueDate, dates.refusalCite]).toEqual([dates.dueDate, null]);

    const got = await waitFor(async () => hook.got.find((g) => g.body.includes(id)), 20_000, "webhook");
    // As docs/webhooks.md says: Standard Webhooks, verified with the endpoint's whsec_ secret.
    const event = new Webhook(ep.secret).verify(got.body, got.headers as Record<string, string>) as {
      type: string;
      data: { request: Record<string, unknown> };
    };
    expect(event.type).toBe("request.received");
    expect(event.data.request).toMatchObject({ id, regime: "LGPD", reference: first.json.reference });
    expect(JSON.stringify(event)).not.toContain(email);
    expect(() =>
      new Webhook(ep.secret).verify(got.body.replace("LGPD", "GDPR"), got.headers as Record<string, string>),
    ).toThrow();
  });

  it("answers bad input with field and reason", async () => {
    const cases: [string, unknown][] = [
      ["wrong type", { type: "delete_everything", email: "a@example.com", fullName: "A", locale: "en" }],
      [
        "unknown jurisdiction",
        { type: "access", email: "a@example.com", fullName: "A", locale: "en", jurisdiction: "XX" },
      ],
      ["missing email", { type: "access", fullName: "A", locale: "en" }],
      ["bad email", { type: "access", email: "nope", fullName: "A", locale: "en" }],
      ["number type", { type: 3, email: "a@example.com", fullName: "A", locale: "en" }],
      ["array body", [1, 2]],
      ["string body", "hello"],
      ["null", null],
    ];
    const expected: Record<string, [string, RegExp]> = {
      "wrong type": ["type", /must be one of access/],
      "unknown jurisdiction": ["jurisdiction", /not a supported jurisdiction/],
      "missing email": ["email", /is required/],
      "bad email": ["email", /valid e-mail/],
      "number type": ["type", /must be one of/],
      "array body": ["_", /object/],
      "string body": ["_", /object/],
      null: ["_", /object/],
    };
    for (const [name, body] of cases) {
      const r = await http("/api/v1/requests", { method: "POST", body: JSON.stringify(body) });
      const [field, reason] = expected[name]!;
      expect(r.status, name).toBe(400);
      const fields = (r.json.error as { fields: Record<string, string> }).fields;
      expect(fields[field], name).toMatch(reason);
    }
    const broken = await http("/api/v1/requests", { method: "POST", body: "{oops" });
    expect(broken.status).toBe(400);
    const noKey = await http("/api/v1/requests");
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get("content-type")).toBe("application/problem+json");
    expect((await http("/api/v1/requests", { key: "dsr_live_nope" })).status).toBe(401);
    const badQ = await http("/api/v1/requests?limit=abc&status=weird", { key: reader.secret });
    expect(badQ.status).toBe(400);
    expect((badQ.json.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(["limit", "status"]);
    const wrongScope = await http("/api/v1/webhooks", { key: reader.secret });
    expect(wrongScope.status).toBe(403);
    expect(wrongScope.json.missingScopes).toEqual(["webhooks:manage"]);
    const revoked = await apiKeyWith(["requests:read"]);
    expect((await http("/api/v1/requests", { key: revoked.secret })).status).toBe(200);
    await revokeApiKey({ keyId: revoked.id, adminId: adminOfKeys() });
    expect((await http("/api/v1/requests", { key: revoked.secret })).status).toBe(401);
  });

  it("serves an OpenAPI document that declares what the intake answers, Idempotency-Key included", async () => {
    const doc = await http("/api/v1/openapi.json");
    type Op = { responses: Record<string, unknown>; parameters?: { name: string; in: string }[] };
    const intake = (doc.json.paths as Record<string, Record<string, Op>>)["/api/v1/requests"]!.post!;
    expect(Object.keys(intake.responses).sort()).toEqual(["202", "400", "413", "415", "422", "429"]);
    expect(intake.parameters?.find((p) => p.in === "header")?.name).toBe("Idempotency-Key");
  });
});
