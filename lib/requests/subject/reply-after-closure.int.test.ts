import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requests, staffNotifications } from "@/lib/db/schema";
import { upsertStaff } from "@/lib/db/queries/staff";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { mailVerifiedRequest } from "@/scripts/test-support/mail-verified";
import { waitForMailWhere } from "@/scripts/test-support/mailbox";
import { closedReplyUntil } from "@/lib/domain/closed-reply";
import { requestTimeZone } from "@/lib/domain/deadline/today-for-request";
import { replyAsSubject } from "./reply-as-subject";
import { subjectTimeline } from "./timeline";
import { withdrawAsSubject } from "./withdraw-as-subject";

/**
 * QA F27: staff write on a request already closed. The person may answer that message from the status page for 30
 * days after closure; the answer reopens nothing and staff are told. The mail says exactly that, or — once the window
 * has passed — that no answer is possible and how to make a new request. Mail, page and use case agree.
 */
const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const DAY = 86_400_000;

async function dpo() {
  const s = await upsertStaff(db(), { email: email("dpo"), name: "DPO", role: "dpo", passwordHash: "x" });
  return s;
}

const rowOf = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;
const bellKeysOf = async (id: string) =>
  (await db().select().from(staffNotifications).where(eq(staffNotifications.requestId, id))).map((n) => n.message?.key);
const auditOf = (id: string) => db().select().from(auditLog).where(eq(auditLog.requestId, id));

afterAll(() => closeDb());

describe("an answer to a staff message on a closed request (QA F27)", () => {
  it("withdrawn, then staff write: the mail gives the last day, the page takes the answer, nothing reopens", async () => {
    const to = email("closed");
    const { id, token } = await mailVerifiedRequest({ type: "access", email: to, fullName: "Clo Sed", locale: "en" });
    await withdrawAsSubject({ token });
    // Closed and no staff message since: the page takes no answer and says how to make a new request.
    expect(await subjectTimeline(token)).toMatchObject({ open: false, canReply: false, replyUntil: null });

    const staff = await dpo();
    await sendStaffMessage({ requestId: id, staffId: staff.id, message: "Did you mean to withdraw? Tell us why." });
    const closed = await rowOf(id);
    const until = closedReplyUntil(closed.closedAt!, requestTimeZone(closed));
    const mail = await waitForMailWhere(to, (m) => m.text.includes("Did you mean to withdraw?"));
    const text = mail.text.replace(/\s+/g, " ");
    expect(text).toContain("This request is closed. You can still answer this message on its page until");
    expect(text).toContain("your answer does not reopen the request");
    expect(mail.text).toMatch(/Make a new request: http/);

    const view = await subjectTimeline(token);
    expect(view).toMatchObject({ status: "withdrawn", canReply: true, replyUntil: until });

    const r = await replyAsSubject({ token, body: "I withdrew by mistake, but I will file again." });
    expect(r.resumed).toBe(false);
    const after = await rowOf(id);
    expect(after.status).toBe("withdrawn");
    expect(after.closedAt).toEqual(closed.closedAt);
    expect(after.version).toBe(closed.version);
    expect(await bellKeysOf(id)).toContain("subject_message_closed");
    const audit = (await auditOf(id)).find((a) => a.action === "request.subject_message");
    expect(audit!.payload).toMatchObject({ afterClosure: true });
    expect((await subjectTimeline(token))!.messages.map((m) => m.from)).toEqual(["staff", "you"]);

    // The 31st day after closure is past the window: the page and the use case both refuse.
    const late = new Date(closed.closedAt!.getTime() + 32 * DAY);
    expect(await subjectTimeline(token, late)).toMatchObject({ canReply: false, replyUntil: null });
    await expect(replyAsSubject({ token, body: "Still there?", now: late })).rejects.toMatchObject({
      code: "invalid_transition",
    });
  });

  it("refused long ago: the staff message mail invites no answer and points to a new request", async () => {
    const to = email("refused");
    const { id, token } = await mailVerifiedRequest({ type: "access", email: to, fullName: "Ré Fus", locale: "fr" });
    const staff = await dpo();
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: { kind: "staff", id: staff.id, role: "dpo" },
        action: { type: "refuse", reasonCode: "manifestly_unfounded", reasonText: "Même demande traitée hier." },
      }),
    );
    // Closed 40 days ago: past the 30 days in which an answer is taken.
    await db()
      .update(requests)
      .set({ closedAt: new Date(Date.now() - 40 * DAY) })
      .where(eq(requests.id, id));
    await sendStaffMessage({ requestId: id, staffId: staff.id, message: "Nous avons retrouvé votre ancien dossier." });
    const mail = await waitForMailWhere(to, (m) => m.text.includes("ancien dossier"));
    expect(mail.text.replace(/\s+/g, " ")).toContain(
      "Cette demande est close : vous ne pouvez plus y répondre sur sa page.",
    );
    expect(mail.text).not.toContain("Vous pouvez répondre");
    expect(mail.text).toMatch(/Faire une nouvelle demande : http/);
    expect(await subjectTimeline(token)).toMatchObject({ status: "rejected", canReply: false, replyUntil: null });
    await expect(replyAsSubject({ token, body: "Merci" })).rejects.toMatchObject({ code: "invalid_transition" });
  });
});
