import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db, pool } from "@/lib/db/client";
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
async function killWorkers(pid?: number): Promise<void> {
  const victim = pid ?? (await currentWorkersPid());
  process.kill(victim, "SIGKILL");
  await waitFor(
    async () => ((await currentWorkersPid()) !== victim ? true : undefined),
    60_000,
    "a new workers process",
  );
}

/** Whether some session holds the advisory lock runStep takes on a step while it runs it. */
async function stepLockHeld(taskId: string): Promise<boolean> {
  const { rows } = await pool().query<{ held: boolean }>(
    `select exists (
       select 1 from pg_locks, (select hashtextextended($1, 0) as k) h
       where locktype = 'advisory' and granted and objsubid = 1
         and classid::bigint = (h.k >> 32) & 4294967295 and objid::bigint = h.k & 4294967295
     ) as held`,
    [taskId],
  );
  return rows[0]!.held;
}

type Task = Awaited<ReturnType<typeof listTasks>>[number];

/**
 * Kills the workers while they are inside a step of `requestId`: waits for a collect or assemble step
 * marked running with its first attempt counted, freezes the workers (SIGSTOP) and checks, while
 * nothing moves, that the step is still running, on attempt 1, under its lock; then SIGKILLs them.
 * If the step finished in between, the workers are let go (SIGCONT) and the next step is tried.
 * Returns the step as it stood when the kill landed.
 */
async function killInsideAStep(requestId: string): Promise<{ atKill: Task; killedAt: Date }> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const running = await waitFor(
      async () =>
        (await listTasks(db(), { requestId })).find(
          (t) => (t.operation === "collect" || t.operation === "assemble") && t.status === "running" && t.attempts > 0,
        ),
      Math.max(1_000, until - Date.now()),
      "a step running",
      20,
    );
    const pid = await currentWorkersPid();
    process.kill(pid, "SIGSTOP");
    await new Promise((r) => setTimeout(r, 300)); // statements already sent finish; nothing new is sent
    const atKill = (await listTasks(db(), { requestId })).find((t) => t.id === running.id)!;
    if (atKill.status === "running" && atKill.attempts === 1 && (await stepLockHeld(atKill.id))) {
      const killedAt = new Date();
      await killWorkers(pid); // SIGKILL reaches a stopped process
      return { atKill, killedAt };
    }
    process.kill(pid, "SIGCONT");
  }
  throw new Error("never caught the workers inside a step");
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
  it("access for a customer with 50,000 orders: killed while collecting or assembling; the restarted workers finish, each step recorded once, one package, one mail", async () => {
    const agent = await testStaff("agent");
    const customer = await shopCustomerWithOrders(50_000);
    const id = await verifiedRequest({ type: "access", email: customer.email });
    await startRequest(id, agent);
    // Both steps are short (collect packs while it reads, assemble splices): enough rows that one can be caught
    // running on a quiet machine, polled fast.
    const { atKill, killedAt } = await killInsideAStep(id);
    expect(atKill).toMatchObject({ status: "running", attempts: 1, finishedAt: null });
    expect(atKill.startedAt!.getTime()).toBeLessThan(killedAt.getTime());

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
    expect((live[0]!.recordCounts as Record<string, number>)["shop.orders"]).toBe(50_000);
    // The interrupted step ran exactly once more, in the restarted workers, and finished there; every
    // other step ran once. It is recorded once all the same (the audit check above).
    const interrupted = tasks.find((t) => t.id === atKill.id)!;
    expect(interrupted.attempts).toBe(2);
    expect(interrupted.finishedAt!.getTime()).toBeGreaterThan(killedAt.getTime());
    const others = tasks.filter((t) => t.id !== atKill.id && !isGate(t.operation));
    expect(others.map((t) => `${t.operation}:${t.attempts}`)).toEqual(others.map((t) => `${t.operation}:1`));
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
