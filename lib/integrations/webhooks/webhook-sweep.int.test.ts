import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { outbox, staffNotifications, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { receiver } from "@/scripts/test-support/webhook-receiver";
import { deliverWebhook } from "./deliver";
import { createEndpoint, setEndpointEnabled } from "./endpoints";
import { sweepWebhooks } from "./sweep";
import { notificationTitle } from "@/lib/i18n/staff/notification-title";

let admin: { id: string };

/**
 * An endpoint and one delivery row written without its job, as after Redis lost it. The delivery is not
 * made by an intake on purpose: the test instance's workers would run that intake's job at once and
 * race this test for the row (CI saw it delivered before the test's own attempt).
 */
async function oneDelivery(url: string) {
  const { id: endpointId } = await createEndpoint({
    by: { id: admin.id, role: "admin" },
    input: { url, events: ["request.received"] },
  });
  const deliveryId = `msg_sweep_${randomBytes(8).toString("hex")}`;
  const at = new Date();
  await db()
    .insert(webhookDeliveries)
    .values({
      id: deliveryId,
      endpointId,
      eventType: "request.received",
      payload: { type: "request.received", timestamp: at.toISOString(), data: {} },
      dueAt: at,
    });
  return { endpointId, deliveryId };
}

const deliveryStatus = async (id: string) =>
  (
    await db().select({ status: webhookDeliveries.status }).from(webhookDeliveries).where(eq(webhookDeliveries.id, id))
  )[0]?.status;

async function waitUntilDelivered(ids: string[]) {
  for (let i = 0; i < 100; i++) {
    const statuses = await Promise.all(ids.map(deliveryStatus));
    if (statuses.every((s) => s === "delivered")) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not delivered: ${ids.join(", ")}`);
}

const jobsFor = async (deliveryId: string) =>
  (
    await db()
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.jobName, "webhook.deliver"), sql`${outbox.payload}->>'deliveryId' = ${deliveryId}`))
  ).length;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "true";
  process.env.WEBHOOK_RETRY_BASE_MS = "20";
  resetEnvCache();
  admin = await upsertStaff(db(), {
    email: `sweep.admin.${randomBytes(3).toString("hex")}@t.test`,
    name: "Sweep Admin",
    role: "admin",
    passwordHash: await hashPassword("unused-password"),
  });
});
afterAll(async () => {
  await db().update(webhookEndpoints).set({ enabled: false });
  await closeDb();
});

describe("webhook sweep and give-up", () => {
  it("re-queues a delivery whose job was lost, and a send whose worker died; never for a disabled endpoint", async () => {
    const r = await receiver();
    const lost = await oneDelivery(r.url);
    const died = await oneDelivery(r.url);
    const parked = await oneDelivery(r.url);
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    // Redis lost the first job: still pending, due long ago. The second was claimed by a worker that died.
    await db().update(webhookDeliveries).set({ dueAt: tenMinutesAgo }).where(eq(webhookDeliveries.id, lost.deliveryId));
    await db()
      .update(webhookDeliveries)
      .set({ status: "sending", claimedAt: tenMinutesAgo, dueAt: tenMinutesAgo, attempts: 1 })
      .where(eq(webhookDeliveries.id, died.deliveryId));
    await db()
      .update(webhookDeliveries)
      .set({ dueAt: tenMinutesAgo })
      .where(eq(webhookDeliveries.id, parked.deliveryId));
    await setEndpointEnabled({ by: { id: admin.id, role: "admin" }, endpointId: parked.endpointId, enabled: false });

    // The instance's own sweep may run too: whichever sweep comes first queues each once.
    await sweepWebhooks(); // releases the dead claim (failed, due long ago) and re-queues the lost delivery
    await sweepWebhooks(); // re-queues the released one if the first did not
    expect(await jobsFor(lost.deliveryId)).toBe(1);
    expect(await jobsFor(died.deliveryId)).toBe(1);
    expect(await jobsFor(parked.deliveryId)).toBe(0);
    // Re-queued once: the next sweep leaves them to their new jobs.
    await sweepWebhooks();
    expect(await jobsFor(lost.deliveryId)).toBe(1);
    expect(await jobsFor(died.deliveryId)).toBe(1);

    // Sent by this attempt or by the instance's worker running the re-queued job: once either way.
    for (const d of [lost, died]) expect(["delivered", "skipped"]).toContain(await deliverWebhook(d.deliveryId));
    await waitUntilDelivered([lost.deliveryId, died.deliveryId]);
    expect(await deliverWebhook(parked.deliveryId)).toBe("skipped");
    expect(await deliveryStatus(parked.deliveryId)).toBe("pending");
    expect(r.got.map((g) => g.headers["webhook-id"]).sort()).toEqual([lost.deliveryId, died.deliveryId].sort());
    await r.close();
  });

  it("gives a delivery up at the end of its retry window, disables the endpoint and rings the admins' bell", async () => {
    process.env.WEBHOOK_RETRY_HOURS = "0";
    resetEnvCache();
    try {
      const r = await receiver([503]);
      const { endpointId, deliveryId } = await oneDelivery(r.url);
      expect(await deliverWebhook(deliveryId)).toBe("given_up");
      const [ep] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
      expect(ep).toMatchObject({ enabled: false, disabledReason: "a delivery failed on every attempt for 0 h" });
      const bells = await db()
        .select()
        .from(staffNotifications)
        .where(and(eq(staffNotifications.userId, admin.id), eq(staffNotifications.kind, "webhook_disabled")));
      expect(bells).toHaveLength(1);
      // Stored as a key: an admin who reads French reads it in French.
      expect(notificationTitle(bells[0]!, "fr")).toMatch(
        /^Le point de terminaison webhook .+ a été désactivé : une livraison a échoué à chaque tentative pendant 0 h\./,
      );
      // Given up: neither the sweep nor a late job sends it again.
      await sweepWebhooks(new Date(Date.now() + 86_400_000));
      expect(await deliverWebhook(deliveryId)).toBe("skipped");
      expect(r.got).toHaveLength(1);
      await r.close();
    } finally {
      delete process.env.WEBHOOK_RETRY_HOURS;
      resetEnvCache();
    }
  });
});
