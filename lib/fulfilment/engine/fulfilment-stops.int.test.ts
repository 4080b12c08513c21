import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db } from "@/lib/db/client";
import { auditLog, dataSystems, requestTasks, staffNotifications } from "@/lib/db/schema";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { waitFor } from "@/scripts/test-support/wait-for";
import {
  freshShopCustomer,
  shop,
  listTasks,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { recoverSteps } from "./recover-steps";
import { retryFailedSteps } from "@/lib/fulfilment/decisions/retry-failed-steps";

/** Flows that stop, wait or fail: restriction and its lift, objection, a failing system, refusal, a question to the subject. */

const { dpo, agent } = fileStaff({ dpo: "dpo", agent: "agent" });

describe("restriction", () => {
  // Lifting it (Art. 18(3) notice period, cancel): restriction-lift.int.test.ts.
  it("sets the flag at once and mails the subject", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({
      type: "restriction",
      email: customer.email,
      restrictionGround: "accuracy_contested",
    });
    await startRequest(id, agent);
    await waitForRequestStatus(id, "completed");
    const [flagged] = await shop("select restricted_at from shop.customers where id = $1", [customer.id]);
    expect(flagged.restricted_at).not.toBeNull();
    await waitForMail(customer.email, /complete/);
  });
});

describe("objection", () => {
  it("direct marketing stops everywhere at once after verification, without anyone acting", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "objection", email: customer.email, objectionScope: "direct_marketing" });
    await waitForRequestStatus(id, "completed");
    expect(await shop("select marketing_opt_in from shop.customers where id = $1", [customer.id])).toEqual([
      { marketing_opt_in: false },
    ]);
    const subs = await shop("select unsubscribed_at from shop.newsletter_subscriptions where customer_id = $1", [
      customer.id,
    ]);
    expect(subs.every((s) => s.unsubscribed_at !== null)).toBe(true);
    await waitForMail(customer.email, /complete/);
  });

  it("another objection waits for the DPO: no plan", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "objection", email: customer.email, objectionScope: "other" });
    await startRequest(id, agent);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await listTasks(db(), { requestId: id })).toEqual([]);
    expect(await shop("select marketing_opt_in from shop.customers where id = $1", [customer.id])).toEqual([
      { marketing_opt_in: true },
    ]);
  });
});

describe("failures", () => {
  it("a failing system marks its step failed with the error; retry resumes only that step", async () => {
    const customer = await freshShopCustomer(1);
    const [broken] = await db()
      .insert(dataSystems)
      .values({
        key: `broken-${Date.now()}`,
        name: "Broken CRM",
        kind: "postgres",
        enabled: true,
        config: { dataset: "demo-shop", connectionString: "postgres://nobody:wrong@127.0.0.1:1/none" },
      })
      .returning();
    try {
      const id = await verifiedRequest({ type: "access", email: customer.email });
      await startRequest(id, agent);
      const failed = await waitForStep(id, "collect", "failed", 60_000);
      expect(failed.systemId).toBe(broken!.id);
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
      const bell = await db()
        .select()
        .from(staffNotifications)
        .where(and(eq(staffNotifications.requestId, id), eq(staffNotifications.kind, "fulfilment_failed")));
      expect(bell.length).toBeGreaterThan(0);
      const good = (await listTasks(db(), { requestId: id })).find(
        (t) => t.operation === "collect" && t.systemId !== broken!.id,
      )!;
      expect(good.status).toBe("succeeded");
      expect(await waitForStep(id, "assemble", "pending")).toBeTruthy();

      // The system is fixed (here: disabled), then a person retries: the good step is not run again.
      await db().update(dataSystems).set({ enabled: false }).where(eq(dataSystems.id, broken!.id));
      await retryFailedSteps(agent.id, { requestId: id });
      await waitForStep(id, "review_package", "waiting");
      const after = await listTasks(db(), { requestId: id });
      expect(after.find((t) => t.id === good.id)!.attempts).toBe(good.attempts);
      expect(after.find((t) => t.id === failed.id)!.status).toBe("skipped");
      const audits = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "task.succeeded")));
      expect(audits.filter((a) => (a.payload as { taskId: string }).taskId === good.id)).toHaveLength(1);
    } finally {
      await db().delete(requestTasks).where(eq(requestTasks.systemId, broken!.id));
      await db().delete(dataSystems).where(eq(dataSystems.id, broken!.id));
    }
  }, 90_000);
});

describe("a refused request", () => {
  it("stops its plan: the waiting review is skipped and nothing more runs", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "erasure", email: customer.email });
    await startRequest(id, agent);
    await waitForStep(id, "approve_erasure", "waiting");
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: dpo,
        action: {
          type: "refuse",
          reasonCode: "exemption",
          reasonText: "The account is the subject of an ongoing fraud investigation.",
        },
      }),
    );
    await waitForStep(id, "approve_erasure", "skipped");
    const tasks = await listTasks(db(), { requestId: id });
    expect(tasks.filter((t) => t.operation !== "discover").every((t) => t.status === "skipped")).toBe(true);
    expect(await shop("select email from shop.customers where id = $1", [customer.id])).toEqual([
      { email: customer.email },
    ]);

    // Reopened: the plan takes up where the refusal stopped it.
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: dpo,
        action: { type: "reopen", reason: "The investigation is closed." },
      }),
    );
    await waitForStep(id, "approve_erasure", "waiting");
  });
});

describe("a question to the subject during the plan", () => {
  it("holds the closing step (not a failure) until the subject replies, then the request closes", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({
      type: "restriction",
      email: customer.email,
      restrictionGround: "accuracy_contested",
    });
    // Started and asked in one transaction: the question is there before any step runs.
    await db().transaction(async (tx) => {
      await runTransition(tx, { requestId: id, actor: agent, action: { type: "start" } });
      await runTransition(tx, {
        requestId: id,
        actor: agent,
        action: { type: "ask_subject", message: "Which address do you contest?" },
      });
    });
    const held = await waitFor(
      async () => {
        const t = (await listTasks(db(), { requestId: id })).find((x) => x.operation === "complete");
        return t?.status === "pending" && t.lastError?.includes("subject") ? t : undefined;
      },
      30_000,
      "the closing step held",
    );
    expect(held.status).toBe("pending");
    expect((await listTasks(db(), { requestId: id })).some((t) => t.status === "failed")).toBe(false);
    // Not stuck, so the recovery sweep leaves it alone (no re-dispatch every 15 minutes while waiting).
    const dispatched = async () =>
      (
        await db()
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "fulfilment.position_started")))
      ).length;
    const before = await dispatched();
    await recoverSteps(new Date(Date.now() + 3_600_000));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await dispatched()).toBe(before);

    await db().transaction((tx) =>
      runTransition(tx, { requestId: id, actor: { kind: "subject" }, action: { type: "subject_replied" } }),
    );
    await waitForRequestStatus(id, "completed");
    await waitForMail(customer.email, /complete/);
  });
});
