import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, outbox, requests, staffNotifications, webhookEndpoints } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { notifyCrossing } from "@/lib/requests/watch/notify-crossing";
import { deliverWebhook } from "./deliver";
import { createEndpoint, resendDelivery, setEndpointEnabled } from "./endpoints";
import { receiver } from "@/scripts/test-support/webhook-receiver";
import { waitFor } from "@/scripts/test-support/wait-for";
import { attemptsOf, deliveriesOf, deliveryRow } from "@/scripts/test-support/webhook-rows";

let admin: { id: string };
let dpo: { id: string; role: "dpo" };

async function staffRequest(identityChecked: boolean) {
  return submitStaffRequest(
    {
      type: "access",
      channel: "phone",
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      email: `hook.${randomBytes(4).toString("hex")}@example.net`,
      fullName: "Harriet Hook",
      locale: "en",
      jurisdiction: "FR",
      ...(identityChecked ? { identityMethod: "known_account", identityNote: "called from the number on file" } : {}),
    },
    dpo,
  );
}

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "true";
  process.env.WEBHOOK_RETRY_BASE_MS = "20";
  process.env.WEBHOOK_DISABLE_AFTER_FAILURES = "3";
  process.env.WEBHOOK_TIMEOUT_MS = "3000";
  resetEnvCache();
  const hash = await hashPassword("unused-password");
  admin = await upsertStaff(db(), {
    email: `wh.admin.${randomBytes(3).toString("hex")}@t.test`,
    name: "WH Admin",
    role: "admin",
    passwordHash: hash,
  });
  const d = await upsertStaff(db(), {
    email: `wh.dpo.${randomBytes(3).toString("hex")}@t.test`,
    name: "WH DPO",
    role: "dpo",
    passwordHash: hash,
  });
  dpo = { id: d.id, role: "dpo" };
});
afterAll(async () => {
  // Other test files share the database: leave no endpoint enabled behind.
  await db().update(webhookEndpoints).set({ enabled: false });
  await closeDb();
});

describe("outbound webhooks", () => {
  it("delivers a request's lifecycle, signed (Standard Webhooks), without subject fields", async () => {
    const r = await receiver();
    const { id: endpointId, secret } = await createEndpoint({
      by: { id: admin.id, role: "admin" },
      input: {
        url: r.url,
        events: [
          "request.received",
          "request.verified",
          "request.status_changed",
          "request.refused",
          "request.overdue",
        ],
      },
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const [stored] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
    expect(stored!.secretEnc).not.toContain(secret.slice(6));

    const req = await staffRequest(true);
    const [row] = await db().select().from(requests).where(eq(requests.id, req.id));
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: req.id,
        actor: { kind: "staff", id: dpo.id, role: "dpo" },
        action: { type: "refuse", reasonCode: "manifestly_unfounded", reasonText: "Same request answered yesterday" },
        expectedVersion: row!.version,
      }),
    );
    // The deadline watch's overdue escalation is the overdue event (once per request and day).
    await notifyCrossing({ requestId: req.id, threshold: "overdue", forDate: "2099-01-01" });
    await notifyCrossing({ requestId: req.id, threshold: "overdue", forDate: "2099-01-01" });

    const rows = await deliveriesOf(endpointId);
    // The events of one transaction share its time, so they come in no set order (nor do webhooks promise one).
    expect(rows.map((d) => d.eventType).sort()).toEqual(
      [
        "request.received",
        "request.verified",
        "request.status_changed",
        "request.refused",
        "request.status_changed",
        "request.overdue",
      ].sort(),
    );
    // Each delivery was queued through the outbox in the transaction of its change.
    const jobs = await db()
      .select()
      .from(outbox)
      .where(
        and(eq(outbox.jobName, "webhook.deliver"), sql`${outbox.payload}->>'deliveryId' in ${rows.map((d) => d.id)}`),
      );
    expect(jobs).toHaveLength(rows.length);

    for (const d of await deliveriesOf(endpointId)) await deliverWebhook(d.id);
    // The instance's workers, woken at commit, may have a delivery in flight that this loop then skips.
    await waitFor(async () => (r.got.length >= rows.length ? true : undefined), 30_000, "every delivery");
    expect(r.got).toHaveLength(rows.length);
    const wh = new Webhook(secret);
    const events = r.got.map(
      (g) => wh.verify(g.body, g.headers as Record<string, string>) as { type: string; data: Record<string, unknown> },
    );
    // Delivered by the instance's workers too, so in no set order: each delivery arrived once, with its event.
    const typeOfDelivery = new Map(rows.map((d) => [d.id, d.eventType]));
    expect(r.got.map((g) => g.headers["webhook-id"]).sort()).toEqual(rows.map((d) => d.id).sort());
    expect(r.got.map((g, i) => [typeOfDelivery.get(g.headers["webhook-id"] as string), events[i]!.type])).toEqual(
      events.map((e) => [e.type, e.type]),
    );
    const refused = events.find((e) => e.type === "request.refused")!;
    expect(refused.data.request).toMatchObject({
      id: req.id,
      reference: req.reference,
      type: "access",
      status: "rejected",
      regime: "GDPR",
      refusalReasonCode: "manifestly_unfounded",
    });
    expect(events.filter((e) => e.type === "request.status_changed").map((e) => e.data.previousStatus)).toContain(
      "unverified",
    );
    for (const g of r.got) {
      expect(g.body).not.toContain("Harriet");
      expect(g.body).not.toContain("@example.net");
      expect(JSON.parse(g.body).data.subject).toBeUndefined();
    }
    // A tampered body fails verification.
    expect(() =>
      wh.verify(r.got[0]!.body.replace("access", "erasure"), r.got[0]!.headers as Record<string, string>),
    ).toThrow();
    // A worker's delivery is received before that worker records it delivered: wait for the rows, not the receiver.
    await waitFor(
      async () => ((await deliveriesOf(endpointId)).every((d) => d.status === "delivered") ? true : undefined),
      30_000,
      "every delivery recorded delivered",
    );
    // A second run of a delivered job sends nothing.
    expect(await deliverWebhook(rows[0]!.id)).toBe("skipped");
    expect(r.got).toHaveLength(rows.length);
    await r.close();
  });

  it("adds the subject's fields only for an endpoint allowed them", async () => {
    const r = await receiver();
    const { id: endpointId, secret } = await createEndpoint({
      by: { id: admin.id, role: "admin" },
      input: { url: r.url, events: ["request.received"], includeSubject: true },
    });
    await staffRequest(false);
    for (const d of await deliveriesOf(endpointId)) await deliverWebhook(d.id);
    // The instance's workers may have taken the delivery first, and this loop then skipped it.
    await waitFor(async () => (r.got.length >= 1 ? true : undefined), 30_000, "the delivery");
    const event = new Webhook(secret).verify(r.got[0]!.body, r.got[0]!.headers as Record<string, string>) as {
      data: { subject: Record<string, string> };
    };
    expect(event.data.subject.fullName).toBe("Harriet Hook");
    expect(event.data.subject.email).toMatch(/@example\.net$/);
    // Stored payloads never hold them.
    const [d] = await deliveriesOf(endpointId);
    expect(JSON.stringify(d!.payload)).not.toContain("Harriet");
    await r.close();
  });

  // The test instance's workers deliver (scripts/test.ts gives them the same webhook settings as this
  // file): these tests wait for what they did rather than call deliverWebhook beside them.
  it("retries a failed delivery with the same webhook-id and logs each attempt's code", async () => {
    const r = await receiver([500, 503]);
    const { id: endpointId, secret } = await createEndpoint({
      by: { id: admin.id, role: "admin" },
      input: { url: r.url, events: ["request.received"] },
    });
    await staffRequest(false);
    const [d] = await deliveriesOf(endpointId);
    await waitFor(
      async () => ((await deliveryRow(d!.id)).status === "delivered" ? true : undefined),
      30_000,
      "delivered",
    );
    expect(new Set(r.got.map((g) => g.headers["webhook-id"]))).toEqual(new Set([d!.id]));
    for (const g of r.got)
      expect(() => new Webhook(secret).verify(g.body, g.headers as Record<string, string>)).not.toThrow();
    const log = await attemptsOf(d!.id);
    expect(log.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ]);
    expect(log[0]!.responseExcerpt!.length).toBeLessThanOrEqual(500);
    expect(log[2]!.responseExcerpt).toBe("thanks");
    // Each retry was queued through the outbox, due after its backoff.
    const retries = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.jobName, "webhook.deliver"), sql`${outbox.payload}->>'deliveryId' = ${d!.id}`));
    expect(retries).toHaveLength(3);
    // Delivered: a late job finds nothing to do.
    expect(await deliverWebhook(d!.id)).toBe("skipped");
    // Resend: same webhook-id again, a fourth attempt in the log.
    await resendDelivery({ by: { id: admin.id, role: "admin" }, deliveryId: d!.id });
    await waitFor(async () => ((await attemptsOf(d!.id)).length === 4 ? true : undefined), 30_000, "the resend");
    expect(r.got.at(-1)!.headers["webhook-id"]).toBe(d!.id);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "webhook.delivery_resent"), eq(auditLog.actorId, admin.id)));
    expect(audit.some((a) => (a.payload as { deliveryId: string }).deliveryId === d!.id)).toBe(true);
    await r.close();
  });

  it("disables an endpoint that keeps failing, rings the admins' bell, and resumes when re-enabled", async () => {
    const r = await receiver([500, 500, 500, 500]);
    const { id: endpointId } = await createEndpoint({
      by: { id: admin.id, role: "admin" },
      input: { url: r.url, events: ["request.received"] },
    });
    await staffRequest(false);
    const [d] = await deliveriesOf(endpointId);
    const endpoint = async () =>
      (await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)))[0]!;
    await waitFor(async () => ((await endpoint()).enabled ? undefined : true), 30_000, "the endpoint disabled");
    expect((await endpoint()).disabledReason).toMatch(/3 attempts failed in a row/);
    const bells = await db()
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.userId, admin.id), eq(staffNotifications.kind, "webhook_disabled")));
    expect(bells.some((b) => b.title.includes("127.0.0.1"))).toBe(true);
    // Disabled: no more attempts, not even from the sweep; new events are not queued for it.
    expect(await deliverWebhook(d!.id)).toBe("skipped");
    await staffRequest(false);
    expect(await deliveriesOf(endpointId)).toHaveLength(1);
    expect(r.got).toHaveLength(3);
    // Re-enabled by an admin: the waiting delivery goes out (the receiver's 4th 500, then a 200).
    await setEndpointEnabled({ by: { id: admin.id, role: "admin" }, endpointId, enabled: true });
    await waitFor(
      async () => ((await deliveryRow(d!.id)).status === "delivered" ? true : undefined),
      30_000,
      "delivered",
    );
    expect((await attemptsOf(d!.id)).map((a) => a.statusCode)).toEqual([500, 500, 500, 500, 200]);
    await r.close();
  });

  it("refuses link-local and metadata addresses, and private ones without the flag", async () => {
    await expect(
      createEndpoint({
        by: { id: admin.id, role: "admin" },
        input: { url: "http://169.254.169.254/latest/meta-data", events: ["request.received"] },
      }),
    ).rejects.toThrow(/not allowed/);
    process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "false";
    resetEnvCache();
    try {
      await expect(
        createEndpoint({
          by: { id: admin.id, role: "admin" },
          input: { url: "https://127.0.0.1/hook", events: ["request.received"] },
        }),
      ).rejects.toThrow(/not allowed/);
      await expect(
        createEndpoint({
          by: { id: admin.id, role: "admin" },
          input: { url: "http://example.com/hook", events: ["request.received"] },
        }),
      ).rejects.toThrow(/https/);
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "true";
      resetEnvCache();
    }
  });
});
