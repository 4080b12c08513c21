import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { findStaffByEmail, upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, outbox, reminders, requests, staffNotifications } from "@/lib/db/schema";
import { createRedis } from "@/lib/queue/connection";
import { createQueues, closeQueues } from "@/lib/queue/queues";
import { extractLink, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { waitFor } from "@/scripts/test-support/wait-for";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";
import { notifyCrossing } from "./notify-crossing";
import { sweepDeadlines } from "./sweep-deadlines";
import { claimReminder, markCrossingsQueued } from "@/lib/db/queries/watch";

let agent: { id: string; email: string };

/** A verified FR request assigned to the test agent, with its due date moved to today + `daysLeft`. */
async function requestDueIn(daysLeft: number, assigned = true) {
  const to = `watch.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type: "access", email: to, fullName: "Wanda Watch", locale: "en", jurisdiction: "FR" },
    { channel: "portal", actor: { type: "subject" } },
  );
  await verifyByToken(new URL(extractLink((await waitForMail(to)).text, "/en/verify")).searchParams.get("token")!);
  if (assigned)
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: { kind: "staff", id: agent.id, role: "agent" },
        action: { type: "assign", assigneeId: agent.id },
      }),
    );
  const due = addDays(localDateOf(new Date(), "Europe/Paris"), daysLeft);
  await db().execute(sql`update requests set due_date = ${due}, first_due_date = ${due} where id = ${id}`);
  return id;
}

const mine = (queued: { requestId: string; threshold: string }[], ids: string[]) =>
  queued
    .filter((q) => ids.includes(q.requestId))
    .map((q) => `${ids.indexOf(q.requestId)}:${q.threshold}`)
    .sort();

beforeAll(async () => {
  agent = await upsertStaff(db(), {
    email: `watch.agent.${randomBytes(3).toString("hex")}@t.test`,
    name: "Watch Agent",
    role: "agent",
    passwordHash: await hashPassword("x-unused-x"),
  });
});
afterAll(() => closeDb());

describe("deadline watch", () => {
  it("queues exactly the crossed thresholds, notifies once, and finds nothing new on a second sweep", async () => {
    const ids = [
      await requestDueIn(10),
      await requestDueIn(6),
      await requestDueIn(2),
      await requestDueIn(0),
      await requestDueIn(-3),
    ];
    const first = await sweepDeadlines();
    expect(mine(first.queued, ids)).toEqual(
      ["1:due_in_7", "2:due_in_3", "2:extension_cutoff", "3:due_today", "3:extension_cutoff", "4:overdue"].sort(),
    );

    for (const q of first.queued.filter((x) => ids.includes(x.requestId))) await notifyCrossing(q);
    const rows = await db().select().from(reminders).where(inArray(reminders.requestId, ids));
    expect(rows).toHaveLength(6);
    expect(mine((await sweepDeadlines()).queued, ids)).toEqual([]);

    // The overdue one escalates to the assignee, the DPOs and the managers, in the bell and by mail.
    const dpo = await findStaffByEmail(db(), { email: "dpo@demo.test" });
    const manager = await findStaffByEmail(db(), { email: "manager@demo.test" });
    const bell = await db().select().from(staffNotifications).where(eq(staffNotifications.requestId, ids[4]!));
    expect(bell.map((n) => n.userId)).toEqual(expect.arrayContaining([agent.id, dpo!.id, manager!.id]));
    const [overdueReq] = await db().select().from(requests).where(eq(requests.id, ids[4]!));
    await waitForMailWhere(
      "manager@demo.test",
      (m) => m.subject.includes(overdueReq!.reference) && /OVERDUE/.test(m.subject),
    );
    const escalations = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, ids[4]!), eq(auditLog.action, "request.deadline_escalated")));
    expect(escalations).toHaveLength(1);
    // Due in 6 days, assigned: only the assignee hears.
    const quiet = await db().select().from(staffNotifications).where(eq(staffNotifications.requestId, ids[1]!));
    expect(quiet.map((n) => n.userId)).toEqual([agent.id]);
  });

  it("marks a queued crossing: queued again only once its mark is older than the requeue delay", async () => {
    const id = await requestDueIn(20);
    // A threshold no sweep or worker knows, so that nothing else touches this mark meanwhile.
    const crossing = { requestId: id, threshold: "test_mark", forDate: localDateOf(new Date(), "UTC") };
    const mark = (requeueAfterMs = 900_000) => markCrossingsQueued(db(), { crossings: [crossing], requeueAfterMs });
    expect(await mark()).toEqual([crossing]);
    expect(await mark()).toEqual([]);
    await db().execute(
      sql`update reminder_queue set queued_at = now() - interval '16 minutes' where request_id = ${id}`,
    );
    expect(await mark()).toEqual([crossing]);
    expect(await mark()).toEqual([]);
    // Claimed (sent) meanwhile: never queued again, however old its mark.
    await claimReminder(db(), crossing);
    await db().execute(sql`update reminder_queue set queued_at = now() - interval '1 day' where request_id = ${id}`);
    expect(await mark()).toEqual([]);
  });

  it("a pending crossing gets one outbox row however many sweeps run", async () => {
    const id = await requestDueIn(-2);
    const notifyRows = async () =>
      (
        await db()
          .select()
          .from(outbox)
          .where(sql`${outbox.jobName} = 'watch.notify' and ${outbox.payload}->>'requestId' = ${id}`)
      ).length;
    const before = await notifyRows();
    const first = await sweepDeadlines();
    await sweepDeadlines();
    await sweepDeadlines();
    expect(first.queued.some((q) => q.requestId === id)).toBe(true);
    // The instance's own scheduled sweep may have queued it first; the test's three sweeps add at most one.
    expect((await notifyRows()) - before).toBeLessThanOrEqual(1);
  });

  it("sends nothing twice when two workers notify the same crossing at once", async () => {
    const id = await requestDueIn(1);
    const forDate = addDays(localDateOf(new Date(), "Europe/Paris"), 1);
    const results = await Promise.all([
      notifyCrossing({ requestId: id, threshold: "due_in_1", forDate }),
      notifyCrossing({ requestId: id, threshold: "due_in_1", forDate }),
    ]);
    expect(results.filter((r) => r.sent)).toHaveLength(1);
    const bell = await db()
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.requestId, id), eq(staffNotifications.kind, "due_in_1")));
    expect(bell).toHaveLength(1);
  });

  it("tells the DPOs about a request nobody took for 2 business days", async () => {
    const id = await requestDueIn(20, false);
    await db().execute(sql`update requests set verified_at = now() - interval '5 days' where id = ${id}`);
    const { queued } = await sweepDeadlines();
    expect(queued.filter((q) => q.requestId === id).map((q) => q.threshold)).toEqual(["unassigned"]);
  });

  it("recovers after Redis is wiped: schedules come back and the next sweep re-queues what was lost", async () => {
    const id = await requestDueIn(-1);
    const redis = createRedis("worker");
    const queues = createQueues(redis);
    try {
      await redis.flushall();
      await waitFor(
        async () => {
          const schedulers = await queues.watch.getJobSchedulers();
          return schedulers.some((s) => s.key === "deadline-sweep" || s.id === "deadline-sweep") ? true : undefined;
        },
        30_000,
        "schedulers to come back",
      );
      // Whatever the wipe lost, Postgres still says this crossing was not notified: once its queue mark is
      // older than DEADLINE_REQUEUE_AFTER_MS (aged here by hand), the sweep queues it again.
      await waitFor(
        async () => {
          await db().execute(
            sql`update reminder_queue set queued_at = now() - interval '1 day' where request_id = ${id}`,
          );
          await sweepDeadlines();
          await new Promise((r) => setTimeout(r, 1_000));
          const [row] = await db()
            .select()
            .from(reminders)
            .where(and(eq(reminders.requestId, id), eq(reminders.threshold, "overdue")));
          return row ? true : undefined;
        },
        30_000,
        "the overdue reminder to be claimed",
      );
      const rows = await db()
        .select()
        .from(reminders)
        .where(and(eq(reminders.requestId, id), eq(reminders.threshold, "overdue")));
      expect(rows).toHaveLength(1);
      const pending = await db()
        .select()
        .from(outbox)
        .where(sql`${outbox.relayedAt} is null and ${outbox.jobName} = 'watch.notify'`);
      expect(pending.length).toBeLessThan(1000);
    } finally {
      await closeQueues(queues);
      redis.disconnect();
    }
  });
});
