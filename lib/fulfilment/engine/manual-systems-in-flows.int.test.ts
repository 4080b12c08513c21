import { buffer } from "node:stream/consumers";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db, pool } from "@/lib/db/client";
import { exports } from "@/lib/db/schema";
import { openExport } from "@/lib/exports/package-store";
import {
  freshShopCustomer,
  listTasks,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
  withSystem,
} from "@/scripts/test-support/fulfilment";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { approveChanges } from "@/lib/fulfilment/decisions/approve-changes";
import { completeManualTask } from "@/lib/fulfilment/decisions/complete-manual-task";

/** A manual system (a person does the step) in access and rectification flows. */

const { agent } = fileStaff({ agent: "agent" });

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
