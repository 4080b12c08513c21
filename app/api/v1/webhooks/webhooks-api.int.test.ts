import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, webhookEndpoints } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { deliverWebhook } from "@/lib/integrations/webhooks/deliver";
import { rotateEndpointSecret } from "@/lib/integrations/webhooks/edit-endpoint";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { apiKeyWith, callApi } from "@/scripts/test-support/api-client";
import { staffWithSession } from "@/scripts/test-support/staff-session";
import { waitFor } from "@/scripts/test-support/wait-for";
import { receiver } from "@/scripts/test-support/webhook-receiver";
import { attemptsOf, deliveryRow } from "@/scripts/test-support/webhook-rows";
import { POST as resend } from "./[id]/deliveries/[deliveryId]/resend/route";
import { GET as deliveries } from "./[id]/deliveries/route";
import { DELETE as remove, GET as getOne, PATCH as patch } from "./[id]/route";
import { GET as list, POST as create } from "./route";

type Key = Awaited<ReturnType<typeof apiKeyWith>>;
let manage: Key;
let other: Key;
const created: string[] = [];

beforeAll(async () => {
  // Loopback receivers (the test instance of scripts/test.ts has the same setting).
  process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "true";
  resetEnvCache();
  manage = await apiKeyWith(["webhooks:manage"], { name: `hooks ${randomBytes(3).toString("hex")}` });
  other = await apiKeyWith(["requests:read", "requests:write", "requests:transition"]);
});
afterAll(async () => {
  // Other test files share the database: leave none of these enabled.
  for (const id of created)
    await db().update(webhookEndpoints).set({ enabled: false }).where(eq(webhookEndpoints.id, id));
  await closeDb();
});

/** A call with the webhooks:manage key. */
function call<P extends Record<string, string>>(
  handler: (request: Request, ctx: { params: Promise<P> }) => Promise<Response>,
  p: { path: string; body?: unknown; params?: P; method?: string },
) {
  return callApi(handler, { secret: manage.secret, ...p });
}

describe("the webhook management API (webhooks:manage)", () => {
  it("creates (secret once), lists, reads, edits, deletes — each audited with the key; 404 after", async () => {
    const res = await call(create, {
      path: "/api/v1/webhooks",
      body: { url: "https://crm.example.com/hooks/dsr", events: ["request.received"], description: "CRM" },
    });
    expect(res.status).toBe(201);
    const ep = res.json.data as { id: string; secret: string; enabled: boolean; events: string[] };
    created.push(ep.id);
    expect(ep.secret).toMatch(/^whsec_/);
    expect(ep).toMatchObject({ enabled: true, events: ["request.received"] });

    const all = await call(list, { path: "/api/v1/webhooks" });
    const mine = (all.json.data as { id: string }[]).find((e) => e.id === ep.id);
    expect(mine).toBeDefined();
    expect(JSON.stringify(all.json)).not.toContain("whsec_");
    const one = await call(getOne, { path: `/api/v1/webhooks/${ep.id}`, params: { id: ep.id } });
    expect(one.json.data).toMatchObject({ id: ep.id, description: "CRM" });
    expect(one.json.data).not.toHaveProperty("secret");

    const changed = await call(patch, {
      path: `/api/v1/webhooks/${ep.id}`,
      method: "PATCH",
      params: { id: ep.id },
      body: { events: ["request.completed", "request.refused"], enabled: false },
    });
    expect(changed.status).toBe(200);
    expect(changed.json.data).toMatchObject({ events: ["request.completed", "request.refused"], enabled: false });
    const reenabled = await call(patch, {
      path: `/api/v1/webhooks/${ep.id}`,
      method: "PATCH",
      params: { id: ep.id },
      body: { enabled: true },
    });
    expect(reenabled.json.data).toMatchObject({ enabled: true, disabledReason: null });

    const bad = await call(patch, {
      path: `/api/v1/webhooks/${ep.id}`,
      method: "PATCH",
      params: { id: ep.id },
      body: { url: "https://169.254.169.254/", events: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect((bad.json.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(["events", "url"]);

    const gone = await call(remove, { path: `/api/v1/webhooks/${ep.id}`, method: "DELETE", params: { id: ep.id } });
    expect(gone.status).toBe(204);
    const after = await call(getOne, { path: `/api/v1/webhooks/${ep.id}`, params: { id: ep.id } });
    expect(after.status).toBe(404);
    expect(after.json).toMatchObject({ code: "not_found", status: 404 });

    const entries = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.actorType, "api_key"),
          eq(auditLog.actorId, manage.id),
          sql`${auditLog.payload}->>'endpointId' = ${ep.id}`,
        ),
      );
    expect(entries.map((e) => e.action).sort()).toEqual(
      [
        "webhook.endpoint_created",
        "webhook.endpoint_deleted",
        "webhook.endpoint_disabled",
        "webhook.endpoint_enabled",
        "webhook.endpoint_updated",
      ].sort(),
    );
  });

  it("refuses a key without webhooks:manage: 403 problem details naming the scope, nothing created", async () => {
    const before = (await db().select({ id: webhookEndpoints.id }).from(webhookEndpoints)).length;
    const res = await callApi(create, {
      path: "/api/v1/webhooks",
      secret: other.secret,
      body: { url: "https://crm.example.com/x", events: ["request.received"] },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.json).toMatchObject({ code: "forbidden", status: 403, missingScopes: ["webhooks:manage"] });
    const listed = await callApi(list, { path: "/api/v1/webhooks", secret: other.secret });
    expect(listed.status).toBe(403);
    const noKey = await callApi(list, { path: "/api/v1/webhooks" });
    expect(noKey.status).toBe(401);
    expect((await db().select({ id: webhookEndpoints.id }).from(webhookEndpoints)).length).toBe(before);
  });

  it("a delivery resent through the API arrives again, same webhook-id, and verifies with standardwebhooks", async () => {
    const r = await receiver();
    const res = await call(create, { path: "/api/v1/webhooks", body: { url: r.url, events: ["request.received"] } });
    const ep = res.json.data as { id: string; secret: string };
    created.push(ep.id);
    const dpo = await staffWithSession("dpo", "Hook DPO");
    await submitStaffRequest(
      {
        type: "access",
        channel: "phone",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        email: `resend.${randomBytes(4).toString("hex")}@example.net`,
        fullName: "Rhea Resend",
        locale: "en",
        jurisdiction: "FR",
        identityMethod: "known_account",
        identityNote: "called from the number on file",
      },
      { id: dpo.id, role: "dpo" },
    );
    const page = await call(deliveries, {
      path: `/api/v1/webhooks/${ep.id}/deliveries`,
      params: { id: ep.id },
    });
    expect(page.status).toBe(200);
    const [d] = page.json.data as { id: string; eventType: string }[];
    expect(d!.eventType).toBe("request.received");
    // The test instance's workers may take the job first: either way it is sent once.
    await deliverWebhook(d!.id);
    await waitFor(async () => (r.got.length >= 1 ? true : undefined), 30_000, "the first delivery");
    // The receiver has it before the sender records it: a resend while it is still "sending" is refused.
    await waitFor(
      async () => ((await deliveryRow(d!.id)).status === "delivered" ? true : undefined),
      30_000,
      "the first delivery recorded",
    );

    // The receiver switches secrets: the resend is signed with the new one.
    const { secret } = await rotateEndpointSecret({
      by: { kind: "api_key", id: manage.id, name: manage.name, scopes: ["webhooks:manage"] },
      endpointId: ep.id,
    });
    const again = await call(resend, {
      path: `/api/v1/webhooks/${ep.id}/deliveries/${d!.id}/resend`,
      method: "POST",
      params: { id: ep.id, deliveryId: d!.id },
    });
    expect(again.status).toBe(202);
    expect(again.json.data).toEqual({ id: d!.id, status: "pending" });
    await deliverWebhook(d!.id);
    await waitFor(async () => (r.got.length >= 2 ? true : undefined), 30_000, "the resend");
    const last = r.got.at(-1)!;
    expect(last.headers["webhook-id"]).toBe(d!.id);
    const event = new Webhook(secret).verify(last.body, last.headers as Record<string, string>) as { type: string };
    expect(event.type).toBe("request.received");
    expect(() => new Webhook(ep.secret).verify(last.body, last.headers as Record<string, string>)).toThrow();
    expect((await attemptsOf(d!.id)).map((a) => a.statusCode)).toEqual([200, 200]);

    // A delivery of another endpoint, named under this one: 404, nothing queued.
    const wrong = await call(resend, {
      path: `/api/v1/webhooks/${created[0]}/deliveries/${d!.id}/resend`,
      method: "POST",
      params: { id: created[0]!, deliveryId: d!.id },
    });
    expect(wrong.status).toBe(404);
    await r.close();
  });
});
