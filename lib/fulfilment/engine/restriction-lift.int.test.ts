import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db, pool } from "@/lib/db/client";
import { listMessages } from "@/lib/db/queries/messages";
import { auditLog, requestTasks } from "@/lib/db/schema";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { controllerProfile, env } from "@/lib/env";
import { cancelLift } from "@/lib/fulfilment/decisions/cancel-lift";
import { liftRestriction } from "@/lib/fulfilment/decisions/lift-restriction";
import { formatMailDate } from "@/lib/mail/templates/format";
import { replyAsSubject } from "@/lib/requests/subject/reply-as-subject";
import { extractLink, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { giveStatusLink } from "@/scripts/test-support/status-link";
import { waitFor } from "@/scripts/test-support/wait-for";
import {
  freshShopCustomer,
  listTasks,
  shop,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { recoverSteps } from "./recover-steps";

/** Art. 18(3): the subject is told the date of the lift, a notice period passes, and staff may call it off. */

const { dpo, agent } = fileStaff({ dpo: "dpo", agent: "agent" });

const flagOf = async (customerId: number | string) =>
  (await shop("select restricted_at from shop.customers where id = $1", [customerId]))[0].restricted_at;

/** A completed restriction whose lift was requested, its notice accepted by SMTP and its period started. */
async function liftAnnounced() {
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({
    type: "restriction",
    email: customer.email,
    restrictionGround: "accuracy_contested",
  });
  // The status link the portal's verification leaves (the helper verifies without it): the notice links to it.
  const token = await giveStatusLink(id);
  await startRequest(id, agent);
  await waitForRequestStatus(id, "completed");
  expect(await flagOf(customer.id)).not.toBeNull();
  await liftRestriction(dpo.id, { requestId: id, reason: "We checked your address with the carrier; it is accurate." });
  await waitForStep(id, "lift_notice", "waiting");
  const acceptedAt = await waitFor(
    async () =>
      ((await pool().query("select accepted_at from mail_deliveries where key = $1", [`lift-notice-${id}`])).rows[0]
        ?.accepted_at as Date | null | undefined) ?? undefined,
    20_000,
    "lift notice accepted by SMTP",
  );
  await recoverSteps();
  const notice = await waitForStep(id, "lift_notice", "waiting");
  return { customer, id, acceptedAt, notice, token };
}

/** Moves the end of the notice period into the past instead of waiting a week. */
async function endNoticePeriod(requestId: string) {
  await db()
    .update(requestTasks)
    .set({ notBefore: new Date(Date.now() - 60_000) })
    .where(and(eq(requestTasks.requestId, requestId), eq(requestTasks.operation, "lift_notice")));
  await recoverSteps();
}

describe("restriction lift", () => {
  it("names the lift date, keeps the flag through the notice period, takes the subject's answer, then lifts", async () => {
    const { customer, id, acceptedAt, notice, token } = await liftAnnounced();
    const days = env().RESTRICTION_LIFT_NOTICE_DAYS;
    const liftOn = addDays(localDateOf(new Date(), controllerProfile().timeZone), days);

    const mail = await waitForMail(customer.email, /lift|levée|limitation/i);
    expect(mail.text).toContain("carrier");
    expect(mail.text).toContain(`contact us before ${formatMailDate(liftOn, "en")}`);
    expect(notice.resultSummary).toMatchObject({ liftOn });
    // The period runs from the moment SMTP took the notice, and not before the date it named.
    expect(notice.notBefore!.getTime()).toBeGreaterThanOrEqual(acceptedAt.getTime() + days * 86_400_000);
    expect(localDateOf(notice.notBefore!, controllerProfile().timeZone) >= liftOn).toBe(true);

    // Meanwhile: the flag stays, no system lifts, the subject can still answer from the status page.
    await recoverSteps();
    expect(await flagOf(customer.id)).not.toBeNull();
    const lifts = (await listTasks(db(), { requestId: id })).filter((t) => t.operation === "lift_restriction");
    expect(lifts.length).toBeGreaterThan(0);
    expect(lifts.every((t) => t.status === "pending")).toBe(true);
    // The notice invites an answer through the status page, which takes it although the request is closed.
    expect(extractLink(mail.text, "/status/")).toContain(token);
    await replyAsSubject({ token, body: "Please wait: my address is still wrong, I will send proof." });
    const thread = await listMessages(db(), { requestId: id });
    expect(thread.some((m) => m.direction === "inbound" && m.body.includes("send proof"))).toBe(true);

    await endNoticePeriod(id);
    const lifted = await waitForStep(id, "lift_restriction", "succeeded");
    expect(await flagOf(customer.id)).toBeNull();
    expect(lifted.finishedAt!.getTime()).toBeGreaterThan(acceptedAt.getTime());
  });

  it("staff cancel the pending lift: the flag stays, the lift never runs, the cancel is audited", async () => {
    const { customer, id } = await liftAnnounced();
    await cancelLift(dpo.id, { requestId: id });
    await endNoticePeriod(id);
    await new Promise((r) => setTimeout(r, 1500));

    expect(await flagOf(customer.id)).not.toBeNull();
    const lift = (await listTasks(db(), { requestId: id })).filter((t) => t.operation.startsWith("lift_"));
    expect(lift.every((t) => t.status === "skipped")).toBe(true);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "restriction.lift_cancelled")));
    expect(entry).toMatchObject({ actorType: "staff", actorId: dpo.id });
    await expect(cancelLift(dpo.id, { requestId: id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("after a cancelled lift the person hears it is off, and the restriction can be lifted again with a new notice (F20)", async () => {
    const { customer, id } = await liftAnnounced();
    const liftOn = addDays(localDateOf(new Date(), controllerProfile().timeZone), env().RESTRICTION_LIFT_NOTICE_DAYS);
    await waitForMail(customer.email, /will be lifted/);
    await expect(
      liftRestriction(dpo.id, { requestId: id, reason: "A second lift while the first one is pending." }),
    ).rejects.toMatchObject({ code: "conflict" });

    await cancelLift(dpo.id, { requestId: id });
    const off = await waitForMail(customer.email, /stays in place/);
    expect(off.text).toContain("We have called that lift off");
    expect(off.text).toContain(formatMailDate(liftOn, "en"));
    const [cancelled] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "restriction.lift_cancelled")));
    expect(cancelled!.payload).toMatchObject({ subjectTold: true });

    await liftRestriction(dpo.id, { requestId: id, reason: "Second review: the carrier confirmed the address twice." });
    const second = await waitForMailWhere(customer.email, (m) => m.text.includes("Second review"));
    expect(second.subject).toMatch(/will be lifted/);
    expect(second.text).toContain(`contact us before ${formatMailDate(liftOn, "en")}`);
    // One notice per lift: the first lift's mail is not sent again, the second is a mail of its own.
    const notices = await pool().query<{ key: string }>(
      "select key from mail_deliveries where request_id = $1 and template = 'restriction_lift_notice' order by key",
      [id],
    );
    expect(notices.rows.map((r) => r.key)).toEqual([`lift-notice-${id}`, `lift-notice-${id}-2`]);
    // The lift waits on the second notice's own period, started when SMTP took that mail.
    const notice = await waitFor(
      async () => {
        await recoverSteps();
        const t = await waitForStep(id, "lift_notice", "waiting");
        return t.notBefore ? t : undefined;
      },
      20_000,
      "second notice period started",
    );
    expect(notice.resultSummary).toMatchObject({ mailKey: `lift-notice-${id}-2`, liftOn });
    expect(await flagOf(customer.id)).not.toBeNull();

    await endNoticePeriod(id);
    await waitForStep(id, "lift_restriction", "succeeded");
    expect(await flagOf(customer.id)).toBeNull();
    const lifts = (await listTasks(db(), { requestId: id })).filter((t) => t.operation.startsWith("lift_"));
    expect(lifts.every((t) => t.status === "succeeded")).toBe(true);
    // Once lifted, there is nothing left to lift or call off.
    await expect(
      liftRestriction(dpo.id, { requestId: id, reason: "A third lift after the restriction ended." }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(cancelLift(dpo.id, { requestId: id })).rejects.toMatchObject({ code: "invalid_transition" });
  });

  it("a lift cancelled at once: the called-off mail goes out exactly when the notice was queued", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "restriction", email: customer.email, restrictionGround: "legal_claims" });
    await startRequest(id, agent);
    await waitForRequestStatus(id, "completed");
    // Cancelled right after the lift: the notice step may or may not have run (and queued its mail) by then.
    await liftRestriction(dpo.id, { requestId: id, reason: "The legal claim was settled in court last month." });
    await cancelLift(dpo.id, { requestId: id });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "restriction.lift_cancelled")));
    const mails = await pool().query<{ key: string }>(
      "select key from mail_deliveries where request_id = $1 and key like 'lift-%' order by key",
      [id],
    );
    const told = (entry!.payload as { subjectTold: boolean }).subjectTold;
    expect(mails.rows.map((r) => r.key)).toEqual(told ? [`lift-called-off-${id}`, `lift-notice-${id}`] : []);
    if (told) await waitForMail(customer.email, /stays in place/);
  });
});
