import { randomBytes, randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { WATCH_BRANCHES, watchBranchQuery, type WatchBranch } from "@/lib/db/queries/watch";
import { reminders, requests } from "@/lib/db/schema";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { encryptSubjectFields } from "@/lib/requests/subject-fields";
import { notifyCrossing } from "./notify-crossing";
import { sweepDeadlines } from "./sweep-deadlines";

let agentId: string;
const made: string[] = [];
const today = () => localDateOf(new Date(), "Europe/Paris");

/** `n` verified FR requests assigned to the test agent, due `daysLeft` from today (negative: overdue). */
async function insertDue(n: number, daysLeft: number, assigned = true): Promise<string[]> {
  const tag = randomBytes(3).toString("hex");
  const due = addDays(today(), daysLeft);
  const rows = Array.from({ length: n }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      reference: `SWEEP-${tag}-${i}`,
      type: "access" as const,
      status: "in_progress" as const,
      jurisdiction: "FR",
      regime: "GDPR",
      controllerCountry: "FR",
      controllerTimeZone: "Europe/Paris",
      channel: "portal" as const,
      locale: "en",
      ...encryptSubjectFields(id, {
        email: `sweep.${tag}.${i}@example.net`,
        fullName: "Paige Ing",
        accountReference: null,
        details: null,
        specifics: null,
      }),
      emailBidx: `sweep-${tag}-${i}`,
      receivedAt: new Date(Date.now() - 40 * 86_400_000),
      verifiedAt: new Date(Date.now() - 40 * 86_400_000),
      firstDueDate: due,
      dueDate: due,
      extendedAt: new Date(),
      assigneeId: assigned ? agentId : null,
    };
  });
  await db().insert(requests).values(rows);
  made.push(...rows.map((r) => r.id));
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  const agent = await upsertStaff(db(), {
    email: `sweep.agent.${randomBytes(3).toString("hex")}@t.test`,
    name: "Sweep Agent",
    role: "agent",
    passwordHash: await hashPassword("x-unused-x"),
  });
  agentId = agent.id;
  // An inactive assignee: the notifications are claimed and audited but mail nobody, so these hundred-odd
  // requests do not flood the shared instance's mail queue for the tests that follow.
  await db().execute(sql`update staff_users set active = false where id = ${agentId}`);
});
afterAll(async () => {
  // Closed, so that the instance's own sweeps leave them alone from now on.
  if (made.length > 0)
    await db().execute(
      sql`update requests set status = 'completed', outcome = 'completed', closed_at = now() where id = any(${`{${made.join(",")}}`}::uuid[])`,
    );
  await closeDb();
});

describe("deadline sweep paging", () => {
  it("pages through more candidates than a page holds: every one gets its reminder, the newest crossing too", async () => {
    // 130 requests due in 2 days come before the one due in 5 days: with pages of 25 the sweep must
    // read six pages of the due-date branch to reach it (the old sweep stopped at its first LIMIT).
    const overdue = await insertDue(130, 2);
    const [soon] = await insertDue(1, 5);
    const before = await sweepDeadlines(new Date(), 25);
    const mine = before.queued.filter((q) => overdue.includes(q.requestId) || q.requestId === soon);
    expect(mine.filter((q) => q.threshold === "due_in_3")).toHaveLength(130);
    expect(mine.filter((q) => q.requestId === soon).map((q) => q.threshold)).toEqual(["due_in_7"]);
    expect(new Set(before.queued.map((q) => `${q.requestId}|${q.threshold}|${q.forDate}`)).size).toBe(
      before.queued.length,
    );

    for (const q of mine) await notifyCrossing(q);
    const sent = await db()
      .select()
      .from(reminders)
      .where(inArray(reminders.requestId, [...overdue, soon!]));
    expect(sent).toHaveLength(131);
    // A second sweep finds every one of them notified.
    const again = await sweepDeadlines(new Date(), 25);
    expect(again.queued.filter((q) => overdue.includes(q.requestId) || q.requestId === soon)).toEqual([]);
  });

  it("reads the unassigned branch within its window only, and finds an unacknowledged CCPA request", async () => {
    const [fresh] = await insertDue(1, 30, false);
    const [stale] = await insertDue(1, 30, false);
    await db().execute(sql`update requests set verified_at = now() - interval '5 days' where id = ${fresh}`);
    await db().execute(sql`update requests set verified_at = now() - interval '90 days' where id = ${stale}`);
    // A CCPA request received 16 days ago whose receipt was never confirmed: found by the CCPA branch.
    const [ccpa] = await insertDue(1, 30);
    await db().execute(sql`update requests set jurisdiction = 'US-CA', regime = 'CCPA',
      received_at = now() - interval '16 days' where id = ${ccpa}`);
    const { queued } = await sweepDeadlines(new Date(), 10);
    expect(queued.filter((q) => q.requestId === fresh).map((q) => q.threshold)).toEqual(["unassigned"]);
    expect(queued.filter((q) => q.requestId === stale)).toEqual([]);
    expect(queued.filter((q) => q.requestId === ccpa).map((q) => q.threshold)).toEqual(["ccpa_acknowledgement"]);
  });

  it("answers every branch from its partial index (EXPLAIN)", async () => {
    const now = new Date();
    const window = {
      horizon: addDays(today(), 8),
      unassignedSince: new Date(now.getTime() - 30 * 86_400_000),
      unassignedBefore: new Date(now.getTime() - 2 * 86_400_000),
      ccpaSince: new Date(now.getTime() - 20 * 86_400_000),
    };
    const expected: Record<WatchBranch, string> = {
      due: "requests_open_due_idx",
      unassigned: "requests_unassigned_verified_idx",
      ccpa: "requests_open_ccpa_received_idx",
    };
    for (const branch of WATCH_BRANCHES) {
      for (const after of [null, { key: branch === "due" ? today() : now.toISOString(), id: randomUUID() }]) {
        const plan = await db().transaction(async (tx) => {
          // The test table is small, where a sequential scan (or another index and a sort of a few rows)
          // is as good; forbid those to see that the branch's own partial index serves the predicate in
          // keyset order. `npm run bench:sweep` prints the plans the planner picks at 1 M rows.
          await tx.execute(sql`set local enable_seqscan = off`);
          await tx.execute(sql`set local enable_bitmapscan = off`);
          await tx.execute(sql`set local enable_sort = off`);
          const { rows } = await tx.execute<{ "QUERY PLAN": string }>(
            sql`explain ${watchBranchQuery(branch, window, after, 1000)}`,
          );
          return rows.map((r) => r["QUERY PLAN"]).join("\n");
        });
        expect(plan, plan).toMatch(new RegExp(`Index (Only )?Scan using ${expected[branch]} `));
        expect(plan, plan).not.toMatch(/Seq Scan|Sort/);
      }
    }
  });
});
