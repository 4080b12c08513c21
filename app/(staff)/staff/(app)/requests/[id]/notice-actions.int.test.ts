import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { insertNoticeOnce, listNotices } from "@/lib/db/queries/recipient-notices";
import { auditLog, dataSystems } from "@/lib/db/schema";
import { formOf } from "@/scripts/test-support/form";
import { mailVerifiedRequest } from "@/scripts/test-support/mail-verified";
import { waitForMailWhere } from "@/scripts/test-support/mailbox";
import { signedInStaffForFile } from "@/scripts/test-support/session-actions";
import type { SessionClaims, SignedInStaff } from "@/scripts/test-support/staff-session";
import { acknowledgeNoticeAction, resendNoticeAction } from "./notice-actions";

// Only the cookie decoding and Next's page cache are replaced; the policy, use cases and database are real.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null, revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void cookie.revalidated.push(path) }));

const staff = signedInStaffForFile(cookie, { agent: "Rita agent", manager: "Rita manager" });

/** A verified erasure request with one Art. 19 notice already sent to a recipient of the demo shop. */
async function requestWithNotice() {
  const to = `r19.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await mailVerifiedRequest({ type: "erasure", email: to, fullName: "Rémi Recipient", locale: "fr" });
  const [shop] = await db().select().from(dataSystems).where(eq(dataSystems.key, "demo-shop"));
  const recipientEmail = `r19-${randomBytes(4).toString("hex")}@recipient.test`;
  const { row } = await insertNoticeOnce(db(), {
    requestId: id,
    systemId: shop!.id,
    recipientName: "Recipient Co",
    recipientEmail,
    action: "erasure",
    now: new Date(),
  });
  return { id, to, notice: row, recipientEmail };
}

const as = (who: SignedInStaff | null) => {
  cookie.claims = who?.claims ?? null;
};

describe("the workspace's Art. 19 notice actions", () => {
  it("re-send mails the recipient again and acknowledge records it, each audited; a manager and a signed-out caller are refused", async () => {
    const { id, to, notice, recipientEmail } = await requestWithNotice();
    const fields = { requestId: id, noticeId: notice.id };

    as(staff.manager);
    expect(await resendNoticeAction(null, formOf(fields))).toMatchObject({ ok: false, code: "forbidden" });
    as(null);
    expect(await acknowledgeNoticeAction(null, formOf(fields))).toMatchObject({ ok: false, code: "unauthenticated" });
    expect((await listNotices(db(), { requestId: id }))[0]).toMatchObject({ status: "sent", sendCount: 1 });

    as(staff.agent);
    expect(await resendNoticeAction(null, formOf(fields))).toMatchObject({
      ok: true,
      message: "Notice sent again (sending 2).",
    });
    const mail = await waitForMailWhere(recipientEmail, (m) => m.text.includes(to));
    expect(mail.subject).toMatch(/erase/i);
    expect(await acknowledgeNoticeAction(null, formOf({ ...fields, note: "Phoned their DPO" }))).toMatchObject({
      ok: true,
      message: "Marked acknowledged.",
    });
    expect((await listNotices(db(), { requestId: id }))[0]).toMatchObject({
      status: "acknowledged",
      sendCount: 2,
      acknowledgedBy: staff.agent.id,
      acknowledgementNote: "Phoned their DPO",
    });
    expect(cookie.revalidated).toEqual([`/staff/requests/${id}`, `/staff/requests/${id}`]);
    expect(await resendNoticeAction(null, formOf(fields))).toMatchObject({ ok: false, code: "conflict" });

    const audit = (await db().select().from(auditLog).where(eq(auditLog.requestId, id)).orderBy(auditLog.seq)).filter(
      (a) => a.action.startsWith("notice."),
    );
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["notice.resent", staff.agent.id],
      ["notice.acknowledged", staff.agent.id],
    ]);
  });

  it("answers a malformed or foreign notice id with a 4xx and changes nothing", async () => {
    const { id, notice } = await requestWithNotice();
    const other = await requestWithNotice();
    as(staff.agent);
    expect(await acknowledgeNoticeAction(null, formOf({ requestId: id, noticeId: "nope" }))).toMatchObject({
      ok: false,
      code: "invalid_request",
    });
    expect(await acknowledgeNoticeAction(null, formOf({ requestId: id, noticeId: other.notice.id }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(
      await acknowledgeNoticeAction(null, formOf({ requestId: id, noticeId: notice.id, note: "x".repeat(1001) })),
    ).toMatchObject({
      ok: false,
      code: "invalid_request",
      fields: { note: "the note must be at most 1000 characters" },
    });
    expect((await listNotices(db(), { requestId: other.id }))[0]).toMatchObject({ status: "sent" });
    expect((await listNotices(db(), { requestId: id }))[0]).toMatchObject({ status: "sent" });
  });
});
