import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, outbox, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { formOf } from "@/scripts/test-support/form";
import { staffWithSession, type SessionClaims, type SignedInStaff } from "@/scripts/test-support/staff-session";
import {
  createEndpointAction,
  deleteEndpointAction,
  rotateSecretAction,
  toggleEndpointAction,
  updateEndpointAction,
} from "./actions";

// Only the cookie decoding and Next's page cache are replaced; the policy, use cases and database are real.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let admin: SignedInStaff;
let agent: SignedInStaff;
const tag = Math.random().toString(16).slice(2, 10);
const url = (name: string) => `https://hooks-${tag}.example.com/${name}`;

beforeAll(async () => {
  admin = await staffWithSession("admin", "Webhook Admin");
  agent = await staffWithSession("agent", "Not An Admin");
});
beforeEach(() => {
  cookie.claims = admin.claims;
});
afterAll(async () => {
  await db()
    .update(webhookEndpoints)
    .set({ enabled: false })
    .where(sql`${webhookEndpoints.url} like ${`%hooks-${tag}%`}`);
  await closeDb();
});

async function endpointByUrl(u: string) {
  return (await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.url, u)))[0];
}
const auditOf = (action: string, endpointId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), sql`${auditLog.payload}->>'endpointId' = ${endpointId}`));

async function registered(name: string) {
  const res = await createEndpointAction(
    null,
    formOf({ url: url(name), description: "CRM", events: ["request.received", "request.completed"] }),
  );
  expect(res.ok).toBe(true);
  return (await endpointByUrl(url(name)))!;
}

describe("Admin › Webhooks: edit, delete, re-enable, rotate (the page's server actions)", () => {
  it("edits URL, events and the subject allowance, audited with the fields changed; the URL rules apply", async () => {
    const e = await registered("edit");
    const res = await updateEndpointAction(
      null,
      formOf({
        endpointId: e.id,
        url: url("edited"),
        description: "CRM v2",
        events: ["request.refused"],
        includeSubject: "on",
      }),
    );
    expect(res).toMatchObject({ ok: true });
    const after = (await endpointByUrl(url("edited")))!;
    expect(after).toMatchObject({ id: e.id, description: "CRM v2", events: ["request.refused"], includeSubject: true });
    const [entry] = await auditOf("webhook.endpoint_updated", e.id);
    expect(entry).toMatchObject({ actorType: "staff", actorId: admin.id });
    expect(entry!.payload).toMatchObject({
      changed: ["url", "description", "events", "includeSubject"],
      fromUrl: url("edit"),
      url: url("edited"),
    });
    // The same SSRF rules as at registration: the metadata address is refused, naming the field.
    const bad = await updateEndpointAction(
      null,
      formOf({ endpointId: e.id, url: "https://169.254.169.254/latest", events: ["request.refused"] }),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: "invalid_request",
      fields: { url: expect.stringMatching(/not allowed/) },
    });
    const none = await updateEndpointAction(null, formOf({ endpointId: e.id, url: url("edited") }));
    expect(none).toMatchObject({ ok: false, fields: { events: "choose at least one event" } });
    expect((await endpointByUrl(url("edited")))!.events).toEqual(["request.refused"]);
    // Saving the same values writes nothing new.
    await updateEndpointAction(
      null,
      formOf({
        endpointId: e.id,
        url: url("edited"),
        description: "CRM v2",
        events: ["request.refused"],
        includeSubject: "on",
      }),
    );
    expect(await auditOf("webhook.endpoint_updated", e.id)).toHaveLength(1);
  });

  it("re-enables an endpoint disabled after failures: the count restarts and the waiting deliveries are queued", async () => {
    const e = await registered("reenable");
    await db()
      .update(webhookEndpoints)
      .set({
        enabled: false,
        disabledAt: new Date(),
        disabledReason: "15 failed attempts in a row",
        consecutiveFailures: 15,
      })
      .where(eq(webhookEndpoints.id, e.id));
    const deliveryId = `msg_${tag}${"0".repeat(24)}`;
    await db()
      .insert(webhookDeliveries)
      .values({
        id: deliveryId,
        endpointId: e.id,
        eventType: "request.received",
        payload: { type: "request.received" },
        status: "failed",
        dueAt: new Date(Date.now() + 3_600_000),
      });
    expect(await toggleEndpointAction(null, formOf({ endpointId: e.id, enabled: "true" }))).toMatchObject({ ok: true });
    expect(await endpointByUrl(url("reenable"))).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
    const jobs = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.jobName, "webhook.deliver"), sql`${outbox.payload}->>'deliveryId' = ${deliveryId}`));
    expect(jobs).toHaveLength(1);
    expect(await auditOf("webhook.endpoint_enabled", e.id)).toHaveLength(1);
  });

  it("rotates the signing secret (shown once, stored sealed) and deletes an endpoint with its deliveries", async () => {
    const e = await registered("rotate");
    const res = await rotateSecretAction(null, formOf({ endpointId: e.id }));
    expect(res.ok).toBe(true);
    const secret = /whsec_[A-Za-z0-9+/=]+/.exec((res as { message: string }).message)![0];
    const stored = (await endpointByUrl(url("rotate")))!;
    expect(stored.secretEnc).not.toBe(e.secretEnc);
    expect(stored.secretEnc).not.toContain(secret.slice(6));
    expect(await auditOf("webhook.secret_rotated", e.id)).toHaveLength(1);

    await db()
      .insert(webhookDeliveries)
      .values({
        id: `msg_${tag}${"1".repeat(24)}`,
        endpointId: e.id,
        eventType: "request.received",
        payload: { type: "request.received" },
      });
    expect(await deleteEndpointAction(null, formOf({ endpointId: e.id }))).toMatchObject({ ok: true });
    expect(await endpointByUrl(url("rotate"))).toBeUndefined();
    expect(await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, e.id))).toEqual([]);
    const [gone] = await auditOf("webhook.endpoint_deleted", e.id);
    expect(gone!.payload).toMatchObject({ url: url("rotate") });
    // Twice: the second finds nothing and says so.
    expect(await deleteEndpointAction(null, formOf({ endpointId: e.id }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("refuses every one of them to a staff member who is not an admin, and changes nothing", async () => {
    const e = await registered("guarded");
    cookie.claims = agent.claims;
    const id = { endpointId: e.id };
    for (const result of [
      await updateEndpointAction(null, formOf({ ...id, url: url("hijacked"), events: ["request.received"] })),
      await deleteEndpointAction(null, formOf(id)),
      await rotateSecretAction(null, formOf(id)),
      await toggleEndpointAction(null, formOf({ ...id, enabled: "false" })),
    ])
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await endpointByUrl(url("guarded"))).toMatchObject({ id: e.id, enabled: true, secretEnc: e.secretEnc });
  });
});
