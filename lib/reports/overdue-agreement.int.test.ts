import { randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listQueuePage } from "@/lib/db/queries/queue";
import { requests } from "@/lib/db/schema";
import { todayForRequest } from "@/lib/domain/deadline";
import { isOverdue } from "@/lib/domain/overdue";
import { thresholdsCrossed } from "@/lib/domain/thresholds";
import { loadDashboard } from "@/lib/reports/dashboard";
import { sendDailyDigest } from "@/lib/requests/watch/daily-digest";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { staffWithSession, type SignedInStaff } from "@/scripts/test-support/staff-session";

// A day long past, so that only this file's requests are due around it: 10 June 1999, 11:00 in Paris.
const NOW = new Date("1999-06-10T09:00:00Z");
type Row = typeof requests.$inferSelect;
const made: Row[] = [];
let manager: SignedInStaff;

async function requestWith(set: Partial<Row>): Promise<Row> {
  const id = await verifiedRequest({ type: "access", email: `overdue.${randomBytes(4).toString("hex")}@example.net` });
  const [row] = await db()
    .update(requests)
    .set({ firstDueDate: set.dueDate, ...set })
    .where(eq(requests.id, id))
    .returning();
  made.push(row!);
  return row!;
}

beforeAll(async () => {
  manager = await staffWithSession("manager", `Oda Overdue ${randomBytes(3).toString("hex")}`);
});
afterAll(async () => {
  if (made.length > 0)
    await db()
      .update(requests)
      .set({ status: "withdrawn", closedAt: sql`now()`, pausedAt: null })
      .where(
        inArray(
          requests.id,
          made.map((r) => r.id),
        ),
      );
  await closeDb();
});

describe("one definition of overdue (issue 17)", () => {
  it("the dashboard, the queue filter, the badge, the digest and the sweep agree, in the controller's time zone", async () => {
    // A letter entered after its due date, identity not yet checked: overdue although unverified.
    const lateLetter = await requestWith({ status: "unverified", verifiedAt: null, dueDate: "1999-06-01" });
    const lateWork = await requestWith({ status: "in_progress", assigneeId: manager.id, dueDate: "1999-06-09" });
    // Waiting for the subject with the clock stopped: the due date moves when it restarts, so not late.
    const paused = await requestWith({ status: "awaiting_subject", pausedAt: NOW, dueDate: "1999-06-01" });
    const dueToday = await requestWith({ status: "new", dueDate: "1999-06-10" });
    const closed = await requestWith({ status: "completed", closedAt: NOW, dueDate: "1999-05-01" });
    const late = [lateLetter.reference, lateWork.reference].sort();
    const notLate = [paused.reference, dueToday.reference, closed.reference];

    const dashboard = await loadDashboard(NOW);
    expect(dashboard.kpis.overdue).toBe(2);
    expect(dashboard.overdue.map((r) => r.reference).sort()).toEqual(late);
    expect(dashboard.workload.find((w) => w.assigneeId === manager.id)?.overdue).toBe(1);

    const queue = await listQueuePage(db(), {
      filters: { status: "open", due: "overdue", sort: "due" },
      viewerId: manager.id,
      now: NOW,
    });
    expect(queue.rows.map((r) => r.reference).sort()).toEqual(late);

    for (const row of made) {
      const today = todayForRequest(NOW, row);
      expect(today).toBe("1999-06-10");
      const expected = late.includes(row.reference);
      expect(isOverdue(row, today), row.reference).toBe(expected);
      const crossed = thresholdsCrossed(
        {
          status: row.status,
          dueDate: row.dueDate,
          firstDueDate: row.firstDueDate,
          extended: row.extendedAt !== null,
          extensionAllowed: false,
          assigneeId: row.assigneeId,
          paused: row.pausedAt !== null,
          verifiedDate: null,
          acknowledgeBy: null,
          acknowledged: true,
        },
        today,
      );
      expect(
        crossed.some((c) => c.threshold === "overdue"),
        row.reference,
      ).toBe(expected);
    }

    await sendDailyDigest(NOW);
    const digest = await waitForMail(manager.email, /Privacy requests 10 Jun 1999: 2 overdue/);
    const overdueSection = digest.text.slice(0, digest.text.indexOf("Due within 7 days"));
    for (const ref of late) expect(overdueSection).toContain(ref);
    for (const ref of notLate) expect(overdueSection).not.toContain(ref);
  });
});
