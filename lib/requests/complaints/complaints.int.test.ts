import { randomBytes } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, controllerComplaints, reminders, requests, staffNotifications } from "@/lib/db/schema";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { notifyNewDate } from "@/lib/requests/staff/notify-new-date";
import { sweepComplaints } from "@/lib/requests/watch/sweep-complaints";
import { findCrossings } from "@/lib/requests/watch/sweep-deadlines";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { extractLink, waitForMail } from "@/scripts/test-support/mailbox";
import { complainAsSubject } from "./complain-as-subject";
import { acknowledgeComplaint, answerComplaint } from "./handle-complaint";

const DAY = 86_400_000;
type Staff = { id: string; role: "dpo" };
let dpo: Staff;
beforeAll(async () => {
  dpo = (await testStaff("dpo")) as Staff;
});
afterAll(() => closeDb());

const address = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;

/** Files a verified access request for a resident of `residence` and returns it with its status token. */
async function fileWithToken(residence: string, to: string) {
  const filed = await submitStaffRequest(
    {
      type: "access",
      email: to,
      fullName: "Sam Jones",
      locale: "en",
      jurisdiction: residence,
      channel: "email",
      receivedAt: new Date().toISOString(),
      identityMethod: "known_account",
    },
    dpo,
  );
  const ack = await waitForMail(to, /We have received your request/);
  const token = extractLink(ack.text, "/status/").split("/status/")[1]!;
  return { ...filed, token };
}
const auditActions = async (requestId: string) =>
  (await db().select().from(auditLog).where(eq(auditLog.requestId, requestId))).map((a) => a.action);

describe("UK: a complaint to the controller (s. 164A DPA 2018)", () => {
  it("is received, reminded once before its 30 days run out, acknowledged and answered — each once, audited, mailed", async () => {
    const to = address("uk-complaint");
    const r = await fileWithToken("GB", to);
    const { complaintId, acknowledgeBy } = await complainAsSubject({ token: r.token, body: "You ignored my e-mails." });
    // s. 164A(3): "30 days beginning when the complaint is received": the day of receipt is day 1 of 30.
    expect(acknowledgeBy).toBe(addDays(localDateOf(new Date(), "Europe/Paris"), 29));
    const [stored] = await db().select().from(controllerComplaints).where(eq(controllerComplaints.id, complaintId));
    expect(stored!.bodyEnc).not.toContain("ignored");

    // 25 days later the acknowledgement is 5 days away: the bell rings once, however often the sweep runs.
    const later = new Date(Date.now() + 25 * DAY);
    await sweepComplaints(later);
    await sweepComplaints(later);
    const claimed = await db()
      .select()
      .from(reminders)
      .where(and(eq(reminders.requestId, r.id), like(reminders.threshold, `complaint_ack_due_soon:${complaintId}`)));
    expect(claimed).toHaveLength(1);
    const bells = await db()
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.requestId, r.id), eq(staffNotifications.kind, "complaint_ack_due_soon")));
    expect(bells.length).toBeGreaterThan(0);

    expect(await acknowledgeComplaint({ requestId: r.id, complaintId }, dpo.id)).toEqual({ acknowledged: true });
    expect(await acknowledgeComplaint({ requestId: r.id, complaintId }, dpo.id)).toEqual({ acknowledged: false });
    const ackMail = await waitForMail(to, /Your complaint about request .*acknowledgement/);
    expect(ackMail.text).toContain("section 164A of the Data Protection Act 2018");
    expect(ackMail.text).toContain("ico.org.uk");
    // Acknowledged: the overdue sweep has nothing left to ring for.
    await sweepComplaints(new Date(Date.now() + 40 * DAY));
    const overdue = await db()
      .select()
      .from(reminders)
      .where(and(eq(reminders.requestId, r.id), like(reminders.threshold, `complaint_ack_overdue:${complaintId}`)));
    expect(overdue).toHaveLength(0);

    const outcome = "We have now answered all your e-mails and apologise for the delay.";
    expect(await answerComplaint({ requestId: r.id, complaintId, outcome }, dpo.id)).toEqual({ answered: true });
    expect(await answerComplaint({ requestId: r.id, complaintId, outcome }, dpo.id)).toEqual({ answered: false });
    const outcomeMail = await waitForMail(to, /Your complaint about request .*our answer/);
    expect(outcomeMail.text).toContain(outcome);

    const actions = await auditActions(r.id);
    for (const a of [
      "complaint.received",
      "complaint.acknowledge_alerted",
      "complaint.acknowledged",
      "complaint.answered",
    ])
      expect(
        actions.filter((x) => x === a),
        a,
      ).toHaveLength(1);
  });

  it("is not offered to a resident of another regime (clear 4xx with the field)", async () => {
    const r = await fileWithToken("FR", address("fr-complaint"));
    await expect(complainAsSubject({ token: r.token, body: "Not happy." })).rejects.toMatchObject({
      code: "invalid_request",
      fields: { body: "not_offered" },
    });
    const empty = await fileWithToken("GB", address("uk-empty"));
    await expect(complainAsSubject({ token: empty.token, body: "   " })).rejects.toMatchObject({
      code: "invalid_request",
      fields: { body: "required" },
    });
  });
});

describe("nFADP: notify a new date (art. 18 al. 2 OPDo)", () => {
  it("is refused outside Switzerland, before the due date and for an earlier date than one already given", async () => {
    const fr = await fileWithToken("FR", address("fr-date"));
    const frRow = (await db().select().from(requests).where(eq(requests.id, fr.id)))[0]!;
    await expect(
      notifyNewDate({ requestId: fr.id, newDate: addDays(frRow.dueDate, 10), reason: "Archive extraction." }, dpo.id),
    ).rejects.toMatchObject({ code: "invalid_request", fields: { newDate: "is offered on Swiss requests only" } });

    const to = address("ch-date");
    const ch = await fileWithToken("CH", to);
    const row = (await db().select().from(requests).where(eq(requests.id, ch.id)))[0]!;
    await expect(
      notifyNewDate({ requestId: ch.id, newDate: row.dueDate, reason: "Archive extraction." }, dpo.id),
    ).rejects.toMatchObject({ code: "invalid_request" });
    const first = await notifyNewDate(
      { requestId: ch.id, newDate: addDays(row.dueDate, 20), reason: "Archive extraction." },
      dpo.id,
    );
    expect(first.noticeId).not.toBeNull();
    await expect(
      notifyNewDate({ requestId: ch.id, newDate: addDays(row.dueDate, 10), reason: "Archive extraction." }, dpo.id),
    ).rejects.toMatchObject({ code: "invalid_request" });
    const mail = await waitForMail(to, /when we will answer/);
    expect(mail.text).toContain("Article 18(2) of the Swiss Data Protection Ordinance");
    expect((await auditActions(ch.id)).filter((a) => a === "request.new_date_notified")).toHaveLength(1);

    // Past the legal date but before the date we gave: the watch counts to the announced date, no overdue alarm.
    const afterLegalDate = new Date(`${addDays(row.dueDate, 18)}T12:00:00Z`);
    // Looked up without queueing: a sweep in the future would alert on every other test request too.
    const swept = await findCrossings(afterLegalDate);
    const mine = swept.queued.filter((q) => q.requestId === ch.id).map((q) => q.threshold);
    expect(mine).not.toContain("overdue");
    expect(mine).toContain("due_in_3");
  });
});
