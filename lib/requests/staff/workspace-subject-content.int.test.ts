import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import { extractCode, waitForMail } from "@/scripts/test-support/mailbox";
import { signedInStaff } from "@/scripts/test-support/signed-in-cookie";
import { addNote } from "./add-note";
import { sendStaffMessage } from "./send-staff-message";

const tag = () => randomBytes(4).toString("hex");
const messageText = `Message-${tag()} about your loyalty card`;
const noteText = `Note-${tag()}: the subject called from a hospital`;
let requestId: string;
let author: Awaited<ReturnType<typeof signedInStaff>>;

beforeAll(async () => {
  const to = `content.${tag()}@example.net`;
  const filed = await submitRequest(
    { type: "access", email: to, fullName: "Constance Content", locale: "en" },
    { channel: "portal", actor: { type: "subject" } },
  );
  await verifyByCode(filed.id, extractCode((await waitForMail(to, new RegExp(filed.reference))).text));
  requestId = filed.id;
  author = await signedInStaff("agent", "Ada Author");
  await sendStaffMessage({ requestId, staffId: author.id, message: messageText });
  await addNote({ requestId, staffId: author.id, body: noteText });
});
afterAll(() => closeDb());

const page = async (cookie: string) => {
  const res = await fetch(`${appUrl()}/staff/requests/${requestId}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return res.text();
};
const viewsBy = (staffId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.requestId, requestId),
        eq(auditLog.action, "request.subject_viewed"),
        eq(auditLog.actorId, staffId),
      ),
    );

it("a manager's workspace shows who wrote when, never the message or note text, says why, and audits nothing", async () => {
  const manager = await signedInStaff("manager");
  const html = await page(manager.cookie);
  expect(html).toContain("Timeline");
  expect(html).not.toContain(messageText);
  expect(html).not.toContain(noteText);
  expect(html).toContain("text hidden");
  expect(html).toContain("does not show subject data");
  expect(await viewsBy(manager.id)).toHaveLength(0);
});

it("a DPO's workspace shows the texts, and the read is one audit entry naming what was shown", async () => {
  const dpo = await signedInStaff("dpo");
  const html = await page(dpo.cookie);
  expect(html).toContain(messageText);
  expect(html).toContain(noteText);
  const views = await viewsBy(dpo.id);
  expect(views).toHaveLength(1);
  expect(views[0]!.payload).toEqual({ part: "workspace", messages: 1, notes: 1 });
});
