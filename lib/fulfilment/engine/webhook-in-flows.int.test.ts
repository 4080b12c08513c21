import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";
import { and, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { signPayload, unixSeconds } from "@/lib/connectors/webhook/signature";
import { db } from "@/lib/db/client";
import { exports, staffNotifications } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { openExport } from "@/lib/exports/package-store";
import {
  freshShopCustomer,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
  withSystem,
} from "@/scripts/test-support/fulfilment";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { completeManualTask } from "@/lib/fulfilment/decisions/complete-manual-task";
import { recoverSteps } from "./recover-steps";

/** A webhook system (a remote server in this process) in the flows: the signed step, the signed callback, the 24-hour limit. */

const { agent } = fileStaff({ agent: "agent" });
let remote: Server;
let remoteUrl: string;
const received: { operation: string; taskId: string; subject: { email: string } }[] = [];

beforeAll(async () => {
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
});

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
