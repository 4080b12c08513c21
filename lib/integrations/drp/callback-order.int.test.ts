import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { listDrpCallbacks } from "@/lib/db/queries/drp";
import { upsertStaff } from "@/lib/db/queries/staff";
import { drpCallbacks } from "@/lib/db/schema";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { receiver } from "@/scripts/test-support/webhook-receiver";
import { waitFor } from "@/scripts/test-support/wait-for";
import { deliverDrpCallback } from "./deliver-callback";

const hook = await receiver();
afterAll(() => hook.close());

describe("DRP status callbacks reach the agent in the order of the changes", () => {
  it("holds a later callback back while an earlier one waits for its retry, then the workers send it", async () => {
    const tag = randomBytes(4).toString("hex");
    const staff = await upsertStaff(db(), {
      email: `drp.order.${tag}@t.test`,
      name: "DRP Order",
      role: "admin",
      passwordHash: await hashPassword("unused-password"),
    });
    const filed = await submitStaffRequest(
      {
        type: "erasure",
        channel: "phone",
        receivedAt: new Date().toISOString(),
        email: `drp.order.${tag}@example.org`,
        fullName: "Olive Order",
        locale: "en",
        jurisdiction: "US-CA",
      },
      { id: staff.id, role: "admin" },
    );
    const now = Date.now();
    const callback = (id: string, status: string, createdAt: number, dueAt: number, failed: boolean) => ({
      id: `cb_${tag}_${id}`,
      requestId: filed.id,
      agentId: "order-agent",
      url: hook.url,
      body: { request_id: filed.id, status },
      createdAt: new Date(createdAt),
      dueAt: new Date(dueAt),
      status: failed ? "failed" : "pending",
      attempts: failed ? 1 : 0,
    });
    // The earlier one failed and waits an hour for its retry; the later one is due now.
    await db()
      .insert(drpCallbacks)
      .values([
        callback("earlier", "in_progress", now - 2_000, now + 3_600_000, true),
        callback("later", "denied", now - 1_000, now, false),
      ]);

    expect(await deliverDrpCallback(`cb_${tag}_later`)).toBe("skipped");
    expect(hook.got).toHaveLength(0);

    // Its retry comes: it is delivered, and the later one is queued behind it for the instance's workers
    // (the sweep would take two minutes to find it).
    await db()
      .update(drpCallbacks)
      .set({ dueAt: new Date() })
      .where(eq(drpCallbacks.id, `cb_${tag}_earlier`));
    expect(await deliverDrpCallback(`cb_${tag}_earlier`)).toBe("delivered");
    await waitFor(
      async () => {
        const all = await listDrpCallbacks(db(), { requestId: filed.id });
        return all.length === 2 && all.every((c) => c.status === "delivered") ? all : undefined;
      },
      30_000,
      "the later callback sent by the workers",
    );
    expect(hook.got.map((g) => (JSON.parse(g.body) as { status: string }).status)).toEqual(["in_progress", "denied"]);
  });
});
