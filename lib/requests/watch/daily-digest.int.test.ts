import { randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { requests, staffUsers } from "@/lib/db/schema";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { staffWithSession, type SignedInStaff } from "@/scripts/test-support/staff-session";
import { sendDailyDigest } from "./daily-digest";

// A day long past, so that only this file's requests are due around it: 10 March 2001 in Paris.
const NOW = new Date("2001-03-10T09:00:00Z");
const DAY = "2001-03-10";
// Dates as the staff screens write them in each language, never ISO.
const SUBJECT_PREFIX = "Privacy requests 10 Mar 2001:";
const FR_SUBJECT_PREFIX = "Demandes du 10 mars 2001 :";

type Row = typeof requests.$inferSelect;
let manager: SignedInStaff;
let dpo: SignedInStaff;
let agent: SignedInStaff;
let retiredDpo: SignedInStaff;
const made: Row[] = [];

/** A verified request with the given due date and assignee (set in the database: the digest only reads them). */
async function dueOn(dueDate: string, assigneeId: string | null, status: Row["status"] = "new"): Promise<Row> {
  const id = await verifiedRequest({ type: "access", email: `digest.${randomBytes(4).toString("hex")}@example.net` });
  const [row] = await db()
    .update(requests)
    .set({ dueDate, firstDueDate: dueDate, assigneeId, status })
    .where(eq(requests.id, id))
    .returning();
  made.push(row!);
  return row!;
}

beforeAll(async () => {
  const tag = randomBytes(3).toString("hex");
  manager = await staffWithSession("manager", `Mia Manager ${tag}`);
  dpo = await staffWithSession("dpo", `Dan DPO ${tag}`);
  agent = await staffWithSession("agent", `Alix Agent ${tag}`);
  retiredDpo = await staffWithSession("dpo", `Ret DPO ${tag}`);
  await db().update(staffUsers).set({ active: false }).where(eq(staffUsers.id, retiredDpo.id));
  await db().update(staffUsers).set({ locale: "en" }).where(eq(staffUsers.id, manager.id));
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, dpo.id));
});
afterAll(async () => {
  // Out of every later digest and dashboard: these requests are closed once the file is done.
  if (made.length > 0)
    await db()
      .update(requests)
      .set({ status: "withdrawn", closedAt: sql`now()` })
      .where(
        inArray(
          requests.id,
          made.map((r) => r.id),
        ),
      );
  await closeDb();
});

describe("the daily digest", () => {
  it("mails every active manager and DPO, once each per day, the overdue, due-this-week and unassigned requests and the load per assignee", async () => {
    const overdue = await dueOn("2001-03-05", agent.id);
    const dueToday = await dueOn(DAY, null); // due today: not overdue yet
    const soonUnassigned = await dueOn("2001-03-12", null);
    const lastDayOfWeek = await dueOn("2001-03-17", agent.id);
    await dueOn("2001-03-20", agent.id); // beyond the week: counted as open, not listed
    await dueOn("2001-03-01", agent.id, "completed"); // closed: nowhere

    const first = await sendDailyDigest(NOW);
    const second = await sendDailyDigest(NOW); // the job may run twice a day: still one mail each
    const [{ n }] = (
      await db().execute<{ n: number }>(
        sql`select count(*)::int as n from staff_users where active and role in ('manager', 'dpo')`,
      )
    ).rows as [{ n: number }];
    expect(first).toEqual({ recipients: n, date: DAY });
    expect(second).toEqual(first);

    const mail = await waitForMail(manager.email, new RegExp(`^${SUBJECT_PREFIX}`));
    const unassignedCount = Number(/, (\d+) unassigned$/.exec(mail.subject)?.[1]);
    expect(mail.subject).toBe(`${SUBJECT_PREFIX} 1 overdue, 3 due within 7 days, ${unassignedCount} unassigned`);
    expect(unassignedCount).toBeGreaterThanOrEqual(2);
    const text = mail.text.replace(/[ \t]+/g, " ");
    expect(text).toContain("DAILY DIGEST — 10 MAR 2001"); // the staff mails shout their heading in plain text
    expect(text).toMatch(
      new RegExp(`Overdue \\(1\\)\\s+${overdue.reference} — due 5 Mar 2001 — ${agent.name}\\s+Due within 7 days`),
    );
    expect(text).toMatch(
      new RegExp(
        `Due within 7 days \\(3\\)\\s+${dueToday.reference} — due 10 Mar 2001 — unassigned\\s+` +
          `${soonUnassigned.reference} — due 12 Mar 2001 — unassigned\\s+` +
          `${lastDayOfWeek.reference} — due 17 Mar 2001 — ${agent.name}\\s+Unassigned`,
      ),
    );
    // The oldest unassigned request comes first.
    expect(text).toMatch(
      new RegExp(
        `Unassigned \\(${unassignedCount}\\)\\s+${dueToday.reference} — due 10 Mar 2001 — unassigned\\s+` +
          `${soonUnassigned.reference} — due 12 Mar 2001 — unassigned`,
      ),
    );
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain(`${agent.name}: 3 open, 1 overdue`);
    expect(text).toMatch(/\/staff\/dashboard/);

    // The DPO, who reads the screens in French, gets the same digest in French; the agent and the
    // deactivated DPO get none; nobody gets it twice.
    const dpoMail = await waitForMail(dpo.email, new RegExp(`^${FR_SUBJECT_PREFIX}`));
    expect(dpoMail.subject).toBe(
      `${FR_SUBJECT_PREFIX} 1 en retard, 3 à échéance sous 7 jours, ${unassignedCount} non attribuées`,
    );
    const frText = dpoMail.text.replace(/[ \t]+/g, " ");
    expect(frText).toContain("RÉCAPITULATIF DU 10 MARS 2001");
    expect(frText).toMatch(
      new RegExp(`En retard \\(1\\)\\s+${overdue.reference} — échéance 5 mars 2001 — ${agent.name}`),
    );
    expect(frText).toContain(`${soonUnassigned.reference} — échéance 12 mars 2001 — non attribuée`);
    expect(frText).toContain(`${agent.name} : 3 ouvertes, 1 en retard`);
    expect(frText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await new Promise((r) => setTimeout(r, 2000));
    const digests = async (to: string) =>
      (await listDevMail(db(), { to })).filter((m) => m.subject.startsWith(SUBJECT_PREFIX));
    expect(await digests(manager.email)).toHaveLength(1);
    expect(
      (await listDevMail(db(), { to: dpo.email })).filter((m) => m.subject.startsWith(FR_SUBJECT_PREFIX)),
    ).toHaveLength(1);
    expect(await digests(agent.email)).toHaveLength(0);
    expect(await digests(retiredDpo.email)).toHaveLength(0);
  });
});
