import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";
import { and, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPayload, unixSeconds } from "@/lib/connectors/webhook/signature";
import { setDataSystemSecret } from "@/lib/db/queries/data-systems";
import { closeDb, db, pool } from "@/lib/db/client";
import { dataSystems, exports, staffNotifications } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { openExport } from "@/lib/exports/package-store";
import {
  freshShopCustomer,
  listTasks,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { approveChanges } from "@/lib/fulfilment/decisions/approve-changes";
import { completeManualTask } from "@/lib/fulfilment/decisions/complete-manual-task";
import { recoverSteps } from "./recover-steps";

type Staff = Awaited<ReturnType<typeof testStaff>>;
let agent: Staff;
let remote: Server;
let remoteUrl: string;
const received: { operation: string; taskId: string; subject: { email: string } }[] = [];

beforeAll(async () => {
  agent = await testStaff("agent");
  // The remote system: accepts each step with 202 and answers later through the callback.
  remote = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((r) => remote.listen(0, "127.0.0.1", r));
  remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}/dsr`;
});
afterAll(async () => {
  remote.closeAllConnections();
  await new Promise((r) => remote.close(r));
  await closeDb();
});

/** Registers a system for one test and disables it afterwards (rows stay: steps refer to them). */
async function withSystem<T>(
  values: typeof dataSystems.$inferInsert,
  secret: string | null,
  body: (id: string) => Promise<T>,
): Promise<T> {
  const [row] = await db().insert(dataSystems).values(values).returning();
  if (secret) await setDataSystemSecret(db(), { id: row!.id, secret });
  try {
    return await body(row!.id);
  } finally {
    await db().update(dataSystems).set({ enabled: false }).where(eq(dataSystems.id, row!.id));
  }
}

describe("a webhook system in an access flow", () => {
  it("gets the signed step, answers later through the signed callback, and its records reach the package", async () => {
    const customer = await freshShopCustomer(1);
    const key = `crm-${Date.now()}`;
    const secret = "s3cret-for-the-crm-test-0123456789abcdef";
    await withSystem(
      {
        key,
        name: "CRM (webhook)",
        kind: "webhook",
        enabled: true,
        config: { url: remoteUrl, capabilities: { collect: true } },
      },
      secret,
      async (systemId) => {
        const id = await verifiedRequest({ type: "access", email: customer.email });
        await startRequest(id, agent);
        const waiting = await waitForStep(id, "collect", "waiting");
        expect(waiting.systemId).toBe(systemId);
        const call = received.find((r) => r.taskId === waiting.id)!;
        expect(call.operation).toBe("collect");
        expect(call.subject.email).toBe(customer.email);

        // Nobody can mark the system's step done by hand in its place.
        await expect(
          completeManualTask(agent.id, { requestId: id, taskId: waiting.id, outcome: "done", note: "done it myself" }),
        ).rejects.toThrow(/cannot be completed by hand/);

        const body = JSON.stringify({
          taskId: waiting.id,
          status: "succeeded",
          recordSets: [
            {
              name: "crm.contacts",
              category: "Contact details",
              providedBySubject: true,
              columns: ["email", "segment"],
              rows: [{ email: customer.email, segment: "loyal" }],
            },
          ],
        });
        const timestamp = String(unixSeconds());
        const send = () =>
          fetch(`${appUrl()}/api/v1/connectors/${key}/callback`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-dsr-timestamp": timestamp,
              "x-dsr-signature": signPayload(secret, timestamp, body),
              "x-dsr-delivery": crypto.randomUUID(),
            },
            body,
          });
        expect((await send()).status).toBe(200);
        expect((await send()).status).toBe(409); // the same signed callback again is a replay

        await waitForStep(id, "review_package", "waiting");
        await approvePackage(agent.id, { requestId: id, exclusions: [] });
        await waitForRequestStatus(id, "completed");
        const [pkg] = await db()
          .select()
          .from(exports)
          .where(and(eq(exports.requestId, id)));
        const files = unzipSync(new Uint8Array(await buffer(await openExport(pkg!))));
        const data = JSON.parse(strFromU8(files["data.json"]!)) as {
          recordSets: { name: string; rows: Record<string, unknown>[] }[];
        };
        expect(data.recordSets.find((s) => s.name === "crm.contacts")!.rows).toEqual([
          { email: customer.email, segment: "loyal" },
        ]);
      },
    );
  });
});

describe("a webhook system that never calls back", () => {
  it("has 24 hours; then the recovery sweep fails its step (retryable) and rings the bell", async () => {
    const customer = await freshShopCustomer(1);
    await withSystem(
      {
        key: `silent-${Date.now()}`,
        name: "Silent CRM",
        kind: "webhook",
        enabled: true,
        config: { url: remoteUrl, capabilities: { collect: true } },
      },
      "another-secret-0123456789abcdef0123",
      async () => {
        const id = await verifiedRequest({ type: "access", email: customer.email });
        await startRequest(id, agent);
        const waiting = await waitForStep(id, "collect", "waiting");
        expect(waiting.dueAt!.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
        await recoverSteps(new Date(Date.now() + 25 * 3_600_000));
        const failed = await waitForStep(id, "collect", "failed");
        expect(failed.lastError).toMatch(/No answer from the system/);
        const bell = await db()
          .select()
          .from(staffNotifications)
          .where(and(eq(staffNotifications.requestId, id), eq(staffNotifications.kind, "fulfilment_failed")));
        expect(bell.length).toBeGreaterThan(0);
      },
    );
  });
});

describe("a manual system in an access flow", () => {
  it("creates a task with instructions, an assignee and a due date; the person's note completes it and is quoted in the package", async () => {
    const customer = await freshShopCustomer(1);
    await withSystem(
      {
        key: `archive-${Date.now()}`,
        name: "Paper archive",
        kind: "manual",
        enabled: true,
        config: {
          instructions: "Search the archive boxes for the customer's letters.",
          assigneeId: agent.id,
          dueInDays: 3,
        },
      },
      null,
      async (systemId) => {
        const id = await verifiedRequest({ type: "access", email: customer.email });
        await startRequest(id, agent);
        const task = await waitForStep(id, "collect", "waiting");
        expect(task.systemId).toBe(systemId);
        expect(task.assigneeId).toBe(agent.id);
        expect(task.instructions).toContain("archive boxes");
        expect(task.dueAt!.getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
        await expect(
          completeManualTask(agent.id, { requestId: id, taskId: task.id, outcome: "done", note: "x" }),
        ).rejects.toThrow();
        await completeManualTask(agent.id, {
          requestId: id,
          taskId: task.id,
          outcome: "done",
          note: "Two letters from 2021 found: a complaint about a late delivery.",
        });
        await expect(
          completeManualTask(agent.id, { requestId: id, taskId: task.id, outcome: "done", note: "again, twice" }),
        ).rejects.toThrow(/succeeded/);

        await waitForStep(id, "review_package", "waiting");
        await approvePackage(agent.id, { requestId: id, exclusions: [] });
        await waitForRequestStatus(id, "completed");
        const [pkg] = await db().select().from(exports).where(eq(exports.requestId, id));
        const files = unzipSync(new Uint8Array(await buffer(await openExport(pkg!))));
        expect(strFromU8(files["data.json"]!)).toContain("Two letters from 2021");
        const done = (await listTasks(db(), { requestId: id })).find((t) => t.id === task.id)!;
        expect(done.completedBy).toBe(agent.id);
      },
    );
  });
});

describe("a manual system in a rectification", () => {
  it("a person reads the current value, staff approve a change for it by hand, the person applies it; the shop is corrected automatically", async () => {
    const customer = await freshShopCustomer(1);
    await withSystem(
      {
        key: `paper-${Date.now()}`,
        name: "Paper files",
        kind: "manual",
        enabled: true,
        config: {
          instructions: "Check the customer's paper file.",
          assigneeId: agent.id,
          capabilities: { collect: false, erase: false, rectify: true, restrict: false, stopMarketing: false },
        },
      },
      null,
      async (systemId) => {
        const id = await verifiedRequest({
          type: "rectification",
          email: customer.email,
          rectification: [{ field: "Phone number", newValue: "+33 6 00 00 00 07" }],
        });
        await startRequest(id, agent);
        const read = await waitForStep(id, "read_current", "waiting");
        expect(read.systemId).toBe(systemId);
        await completeManualTask(agent.id, {
          requestId: id,
          taskId: read.id,
          outcome: "done",
          note: "Paper file says +33 6 10 00 00 00",
        });
        await waitForStep(id, "approve_changes", "waiting");
        const shopRead = (await listTasks(db(), { requestId: id })).find(
          (t) => t.operation === "read_current" && t.systemId !== systemId,
        )!;
        await approveChanges(agent.id, {
          requestId: id,
          changes: [
            { systemId: shopRead.systemId!, table: "shop.customers", field: "phone", value: "+33 6 00 00 00 07" },
            { systemId, table: "manual", field: "Phone number", value: "+33 6 00 00 00 07" },
          ],
        });
        const apply = await waitForStep(id, "rectify", "waiting");
        expect(apply.systemId).toBe(systemId);
        await completeManualTask(agent.id, {
          requestId: id,
          taskId: apply.id,
          outcome: "done",
          note: "Paper file corrected.",
        });
        await waitForRequestStatus(id, "completed");
        expect((await pool().query("select phone from shop.customers where id = $1", [customer.id])).rows).toEqual([
          { phone: "+33 6 00 00 00 07" },
        ]);
      },
    );
  });
});
