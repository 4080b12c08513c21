import { notificationTitle } from "@/lib/i18n/staff/notification-title";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { auditLog, staffNotifications } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { formOf } from "@/scripts/test-support/form";
import { staffWithSession, type SessionClaims, type SignedInStaff } from "@/scripts/test-support/staff-session";
import { smtpOutage, waitForMailRow } from "@/scripts/test-support/smtp-outage";
import { resendMailAction } from "./mail-actions";
import { MailsPanel } from "./mails-panel";

// Only the cookie decoding and Next's page cache are replaced; the policy, use case, database, workers
// and SMTP sink are real.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let agent: SignedInStaff;
let manager: SignedInStaff;
let dpo: SignedInStaff;
let outage: { restore: () => void } | undefined;
beforeAll(async () => {
  agent = await staffWithSession("agent", "Mia Mailer");
  manager = await staffWithSession("manager", "Max Manager");
  dpo = await staffWithSession("dpo", "Dora DPO");
});
beforeEach(() => {
  cookie.claims = null;
});
afterEach(() => outage?.restore());
afterAll(() => closeDb());

// Without the <wbr> an address carries before its "@" (where it may wrap), so it reads as one string.
const panelAs = async (who: SignedInStaff, requestId: string) =>
  renderToStaticMarkup(await MailsPanel({ requestId, staff: who })).replaceAll("<wbr/>", "");
const resendAs = (who: SignedInStaff, fields: Record<string, string>) => {
  cookie.claims = who.claims;
  return resendMailAction(null, formOf(fields));
};

describe("the workspace's mails", () => {
  it("shows a mail given up after days of failure, rings the bell, and staff resend it once", async () => {
    const to = `mails.${randomBytes(4).toString("hex")}@example.org`;
    const requestId = await verifiedRequest({ type: "access", email: to });
    const key = `test-notice-${requestId}`;
    outage = smtpOutage();
    await db().transaction((tx) =>
      queueMail(
        tx,
        key,
        { to, subject: "A notice that could not leave", text: "Body" },
        { requestId, template: "staff_message", recipientRole: "subject" },
      ),
    );
    await waitForMailRow(key, (r) => r.status === "failed" && r.attempts >= env().MAIL_JOB_ATTEMPTS, "failed tries");
    // Failing for longer than MAIL_RETRY_DAYS: the next sweep gives it up.
    await db().execute(sql`update mail_deliveries set created_at = now() - interval '30 days' where key = ${key}`);
    const givenUp = await waitForMailRow(key, (r) => r.status === "given_up", "the sweep to give the mail up");
    expect(givenUp.givenUpAt).toBeInstanceOf(Date);
    const bell = await db()
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.userId, dpo.id), eq(staffNotifications.requestId, requestId)));
    expect(bell.map((n) => n.kind)).toContain("mail_failed");
    // The bell names the mail by key + values, read in each member's language (issue 12 leftovers).
    const rung = bell.find((n) => n.kind === "mail_failed")!;
    expect(rung.message).toMatchObject({ key: "mail_given_up", params: { recipientRole: "subject" } });
    expect(notificationTitle(rung, "fr")).toMatch(
      /^Un courriel n’a pas pu partir depuis \d+ jours .*la personne concernée/,
    );
    const audit = await db().select().from(auditLog).where(eq(auditLog.requestId, requestId));
    expect(audit.map((a) => a.action)).toContain("mail.given_up");

    // The agent sees the address, the state, the error and Resend; the manager sees neither address nor button.
    const agentView = await panelAs(agent, requestId);
    expect(agentView).toContain(`data-mail-key="${key}"`);
    expect(agentView).toContain('data-state="given_up"');
    expect(agentView).toContain(to);
    expect(agentView).toMatch(/421|not available/i);
    expect(agentView).toContain("Resend");
    expect(agentView).toMatch(/\(Europe\/Paris\)|\([A-Za-z_]+\/[A-Za-z_]+\)|\(UTC\)/);
    const managerView = await panelAs(manager, requestId);
    expect(managerView).toContain('data-state="given_up"');
    expect(managerView).toContain("the subject");
    expect(managerView).not.toContain(to);
    expect(managerView).not.toContain("Resend");

    outage.restore();
    expect(await resendAs(manager, { requestId, key })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await resendAs(agent, { requestId, key: "no-such-mail" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await resendAs(agent, { requestId: "not-a-uuid", key })).toMatchObject({ ok: false });
    expect(await resendAs(agent, { requestId, key })).toMatchObject({ ok: true });

    const sent = await waitForMailRow(key, (r) => r.status === "sent", "the resent mail to be sent");
    expect(sent.acceptedAt).toBeInstanceOf(Date);
    const resent = (await db().select().from(auditLog).where(eq(auditLog.requestId, requestId))).find(
      (a) => a.action === "mail.resent",
    );
    expect(resent).toMatchObject({ actorId: agent.id, payload: { key, previousStatus: "given_up" } });
    expect(await resendAs(agent, { requestId, key })).toMatchObject({ ok: false, code: "conflict" });
    await new Promise((r) => setTimeout(r, 2 * env().MAIL_SWEEP_EVERY_MS + 1_000));
    const copies = (await listDevMail(db(), { to })).filter((m) => m.subject === "A notice that could not leave");
    expect(copies).toHaveLength(1);
    expect(await panelAs(agent, requestId)).toContain('data-state="sent"');
  }, 120_000);
});
