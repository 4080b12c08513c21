import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findAppealOfRequest, countAppeals } from "@/lib/db/queries/appeals";
import { auditLog } from "@/lib/db/schema";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { extractLink, waitForMail } from "@/scripts/test-support/mailbox";
import { refusedAccess, requestRow } from "@/scripts/test-support/staff-filed";
import { decideAppeal } from "./decide-appeal";
import { fileAppeal } from "./file-appeal";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { appealThreshold, sweepAppeals } from "@/lib/requests/watch/sweep-appeals";

/**
 * Issue 13, "done when": a Virginia request refused by DPO A → the subject appeals through the link in the
 * refusal mail → DPO A is refused the decision (same_decider) → DPO B denies it → the decision mail, read
 * from the SMTP sink, names the Virginia Attorney General and Va. Code § 59.1-577(C). Needs the web and
 * workers (the mails go through the outbox): DSR_RUNTIME_ENV of a running instance.
 */
const { dpoA, dpoB } = fileStaff({ dpoA: "dpo", dpoB: "dpo" });
const row = requestRow;

const refusedVirginiaRequest = async (to: string) =>
  (await refusedAccess(dpoA, { email: to, fullName: "Vera Appleton", jurisdiction: "US-VA" })).id;

describe("appeal of a Virginia refusal", () => {
  it("is filed from the refusal mail's link, refused to the refuser, denied by another DPO with the AG route", async () => {
    const to = `appeal.va.${randomBytes(4).toString("hex")}@example.net`;
    const id = await refusedVirginiaRequest(to);
    expect((await row(id)).regime).toBe("US_VA");

    const refusal = await waitForMail(to, /Our answer to your request/, 30_000);
    expect(refusal.text).toContain("Appeal this decision");
    expect(refusal.text).toContain("§ 59.1-577(C)");
    const link = extractLink(refusal.text, "/status/");
    expect(link).toMatch(/#appeal$/);
    const token = decodeURIComponent(new URL(link).pathname.split("/").pop()!);

    const received = new Date();
    const { decideBy } = await fileAppeal({ token, reason: "I do have an account: order 1234 was mine." });
    // Va. Code § 59.1-577(C): 60 days from the appeal's receipt, in the controller's calendar.
    const r = await row(id);
    expect(decideBy).toBe(addDays(localDateOf(received, r.controllerTimeZone ?? "Europe/Paris"), 60));
    const appeal = (await findAppealOfRequest(db(), { requestId: id }))!;
    expect(appeal).toMatchObject({ reason: "I do have an account: order 1234 was mine.", refusedBy: dpoA.id });
    await expect(fileAppeal({ token, reason: "again" })).rejects.toMatchObject({ code: "conflict" });

    const byRefuser = await decideAppeal(
      { requestId: id, decision: "denied", reason: "Checked again, no account." },
      dpoA,
    )
      .then(() => null)
      .catch((e: unknown) => e);
    expect(byRefuser).toBeInstanceOf(DomainError);
    expect(byRefuser).toMatchObject({ code: "same_decider", fields: { decider: "made the refusal under appeal" } });
    expect((await findAppealOfRequest(db(), { requestId: id }))!.decidedAt).toBeNull();

    const reason = "Order 1234 was placed by another customer; we hold nothing about you.";
    expect(await decideAppeal({ requestId: id, decision: "denied", reason }, dpoB)).toEqual({ decided: true });
    // Twice: nothing more happens.
    expect(await decideAppeal({ requestId: id, decision: "denied", reason }, dpoB)).toEqual({ decided: false });

    const decision = await waitForMail(to, /Your appeal about request/, 30_000);
    expect(decision.text).toContain("Your appeal is denied");
    expect(decision.text).toContain(reason);
    expect(decision.text).toContain("Office of the Attorney General of Virginia");
    expect(decision.text).toContain("https://www.oag.state.va.us/consumer-protection/index.php/file-a-complaint");
    expect(decision.text).not.toMatch(/GDPR|CNIL|California/);

    const actions = (
      await db()
        .select({ action: auditLog.action, actorId: auditLog.actorId })
        .from(auditLog)
        .where(and(eq(auditLog.requestId, id)))
        // In the order they were written: without it the rows came back in any order under load.
        .orderBy(auditLog.seq)
    ).filter((a) => a.action.startsWith("appeal."));
    expect(actions).toEqual([
      { action: "appeal.filed", actorId: null },
      { action: "appeal.decision_refused", actorId: dpoA.id },
      { action: "appeal.denied", actorId: dpoB.id },
    ]);
    expect((await row(id)).status).toBe("rejected");
    const year = new Date().getUTCFullYear();
    const counts = await countAppeals(db(), {
      from: new Date(Date.UTC(year, 0, 1)),
      to: new Date(Date.UTC(year + 1, 0, 1)),
    });
    expect(counts.denied).toBeGreaterThanOrEqual(1);
  });

  it("a granted appeal reopens the request", async () => {
    const to = `appeal.va.granted.${randomBytes(4).toString("hex")}@example.net`;
    const id = await refusedVirginiaRequest(to);
    const refusal = await waitForMail(to, /Our answer to your request/, 30_000);
    const token = decodeURIComponent(new URL(extractLink(refusal.text, "/status/")).pathname.split("/").pop()!);
    await fileAppeal({ token, reason: "Please look again." });
    await decideAppeal(
      { requestId: id, decision: "granted", reason: "We found your account under a former address." },
      dpoB,
    );
    const r = await row(id);
    expect(r.status).toBe("in_progress");
    // Open again: no basis of refusal left on the row (the register listed one); the audit log keeps it.
    expect(r).toMatchObject({ refusalReasonCode: null, refusalReasonText: null });
    const mail = await waitForMail(to, /Your appeal about request/, 30_000);
    expect(mail.text).toContain("Your appeal is granted");
  });

  it("rings the bell before and after the decision date, once per threshold and day", async () => {
    expect(appealThreshold("2026-06-30", "2026-06-01")).toBeNull();
    expect(appealThreshold("2026-06-30", "2026-06-23")).toEqual({
      threshold: "appeal_decision_due_soon",
      forDate: "2026-06-30",
    });
    expect(appealThreshold("2026-06-30", "2026-07-02")).toEqual({
      threshold: "appeal_decision_overdue",
      forDate: "2026-07-02",
    });
    const to = `appeal.va.sweep.${randomBytes(4).toString("hex")}@example.net`;
    const id = await refusedVirginiaRequest(to);
    const { decideBy } = await fileAppeal({ token: statusTokenOf(await row(id))!, reason: "Look again, please." });
    const alerts = async () =>
      (
        await db()
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "appeal.decision_alerted")))
      ).length;
    const overdue = new Date(`${addDays(decideBy, 2)}T12:00:00Z`);
    await sweepAppeals(overdue);
    await sweepAppeals(overdue);
    expect(await alerts()).toBe(1);
    await sweepAppeals(new Date(`${addDays(decideBy, 3)}T12:00:00Z`));
    expect(await alerts()).toBe(2);
  });
});
