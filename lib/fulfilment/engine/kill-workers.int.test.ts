import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, devMailMessages, exports, workerHeartbeats } from "@/lib/db/schema";
import {
  freshShopCustomer,
  listTasks,
  shopCustomerWithOrders,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { waitFor } from "@/scripts/test-support/wait-for";
import { approveErasure } from "@/lib/fulfilment/decisions/approve-erasure";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { isGate } from "./plan";

afterAll(() => closeDb());

async function currentWorkersPid(): Promise<number> {
  const [beat] = await db().select().from(workerHeartbeats).orderBy(desc(workerHeartbeats.beatAt)).limit(1);
  return beat!.pid;
}

/** SIGKILLs the workers process (no graceful shutdown) and waits until the supervisor has started a new one. */
async function killWorkers(): Promise<void> {
  const pid = await currentWorkersPid();
  process.kill(pid, "SIGKILL");
  await waitFor(async () => ((await currentWorkersPid()) !== pid ? true : undefined), 60_000, "a new workers process");
}

async function succeededAudits(requestId: string) {
  const rows = await db()
    .select({ payload: auditLog.payload })
    .from(auditLog)
    .where(and(eq(auditLog.requestId, requestId), eq(auditLog.action, "task.succeeded")));
  return rows.map((r) => (r.payload as { taskId: string }).taskId);
}

async function mailsTo(address: string, where: (text: string, subject: string) => boolean) {
  const rows = await db()
    .select()
    .from(devMailMessages)
    .where(sql`${address} = any(${devMailMessages.recipients})`);
  return rows.filter((m) => where(m.text, m.subject));
}

describe("killing the workers in the middle of a flow", () => {
  it("access for a customer with 10,000 orders: killed while collecting or assembling; the restarted workers finish, each step recorded once, one package, one mail", async () => {
    const agent = await testStaff("agent");
    const customer = await shopCustomerWithOrders(10_000);
    const id = await verifiedRequest({ type: "access", email: customer.email });
    await startRequest(id, agent);
    // Both steps take about half a second for this customer: poll fast and kill inside one of them.
    const interrupted = await waitFor(
      async () =>
        (await listTasks(db(), { requestId: id })).find(
          (t) => (t.operation === "collect" || t.operation === "assemble") && t.status === "running" && t.attempts > 0,
        ),
      60_000,
      "a step running",
      20,
    );
    await killWorkers();

    await waitForStep(id, "review_package", "waiting", 120_000);
    await approvePackage(agent.id, { requestId: id, exclusions: [] });
    await waitForRequestStatus(id, "completed", 60_000);

    const tasks = await listTasks(db(), { requestId: id });
    expect(tasks.every((t) => t.status === "succeeded")).toBe(true);
    const audits = await succeededAudits(id);
    expect(audits.sort()).toEqual(
      tasks
        .filter((t) => !isGate(t.operation))
        .map((t) => t.id)
        .sort(),
    ); // every step recorded exactly once (gates are audited as decisions)
    const live = (await db().select().from(exports).where(eq(exports.requestId, id))).filter(
      (e) => e.purgedAt === null,
    );
    expect(live).toHaveLength(1);
    expect((live[0]!.recordCounts as Record<string, number>)["shop.orders"]).toBe(10_000);
    // The interrupted step ran again after the restart (at-least-once); it is recorded once all the same.
    expect(tasks.find((t) => t.id === interrupted.id)!.attempts).toBeGreaterThanOrEqual(1);
    await waitFor(
      async () => ((await mailsTo(customer.email, (_t, s) => /complete/.test(s))).length > 0 ? true : undefined),
      30_000,
      "completion mail",
    );
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await mailsTo(customer.email, (_t, s) => /complete/.test(s))).toHaveLength(1);
  }, 240_000);

  it("erasure: killed right after the DPO approved; erased once, recipients told once, the subject mailed once", async () => {
    const [agent, dpo] = [await testStaff("agent"), await testStaff("dpo")];
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "erasure", email: customer.email });
    await startRequest(id, agent);
    await waitForStep(id, "approve_erasure", "waiting", 60_000);
    await approveErasure(dpo.id, { requestId: id });
    await killWorkers();

    await waitForRequestStatus(id, "completed", 120_000);
    const tasks = await listTasks(db(), { requestId: id });
    expect((await succeededAudits(id)).sort()).toEqual(
      tasks
        .filter((t) => !isGate(t.operation))
        .map((t) => t.id)
        .sort(),
    ); // gates are audited as decisions
    const erase = tasks.find((t) => t.operation === "erase")!;
    expect((erase.resultSummary as { remainingErasable: number }).remainingErasable).toBe(0);
    await waitFor(
      async () => ((await mailsTo(customer.email, (_t, s) => /complete/.test(s))).length > 0 ? true : undefined),
      30_000,
      "completion mail",
    );
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await mailsTo(customer.email, (_t, s) => /complete/.test(s))).toHaveLength(1);
    expect(await mailsTo("privacy@parcelco.test", (t) => t.includes(customer.email))).toHaveLength(1);
  }, 240_000);
});
