import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findMailWording } from "@/lib/db/queries/mail-wording";
import { auditLog } from "@/lib/db/schema";
import { DOMAIN_ERROR_STATUS } from "@/lib/domain/errors";
import { renderWordingPreview } from "@/lib/mail/preview";
import { renderMail, sampleParams } from "@/lib/mail/templates";
import { branding } from "@/lib/branding/config";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { testStaff, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { setMailWording } from "./set-mail-wording";

/** Needs the instance's workers (DSR_RUNTIME_ENV): they render and send the mail read from the SMTP sink. */
type Staff = Awaited<ReturnType<typeof testStaff>>;
let admin: Staff;
let agent: Staff;

beforeAll(async () => {
  admin = await testStaff("admin");
  agent = await testStaff("agent");
});
afterAll(async () => {
  // The wording is shared by every mail of the instance: put staff_message (fr) back as it was.
  await setMailWording(admin.id, { template: "staff_message", locale: "fr", intro: "", outro: "" });
  await closeDb();
});

describe("editable mail wording", () => {
  it("an admin's opening and closing paragraphs appear in the sent mail, versioned and audited", async () => {
    const tag = randomBytes(3).toString("hex");
    const intro = `Merci de votre patience (${tag}).`;
    const outro = `Notre équipe reste à votre écoute.\nBonne journée (${tag}).`;
    const first = await setMailWording(admin.id, { template: "staff_message", locale: "fr", intro, outro: "" });
    const second = await setMailWording(admin.id, { template: "staff_message", locale: "fr", intro, outro });
    expect(second.version).toBe((first.version ?? 0) + 1);
    const row = await findMailWording(db(), { template: "staff_message", locale: "fr" });
    expect(row).toMatchObject({ intro, outro, version: second.version, updatedBy: admin.id });
    const audits = await db()
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "mail_wording.changed"),
          sql`${auditLog.payload}->>'template' = 'staff_message'`,
          sql`(${auditLog.payload}->>'version')::int = ${second.version}`,
          // Clearing the wording (afterAll) starts its versions again: a run on a reused database finds older ones.
          sql`${auditLog.payload}->>'intro' = ${intro}`,
        ),
      );
    expect(audits[0]).toMatchObject({ actorType: "staff", actorId: admin.id, payload: { intro, outro } });

    const email = `wording.${tag}@example.net`;
    const id = await verifiedRequest({ type: "access", email, jurisdiction: "FR", locale: "fr" });
    await sendStaffMessage({ requestId: id, staffId: agent.id, message: `Voici la réponse ${tag}.` });
    const mail = await waitForMail(email, /message|Message/);
    expect(mail.text).toContain(intro);
    expect(mail.text).toContain(`Bonne journée (${tag}).`);
    expect(mail.text).toContain(`Voici la réponse ${tag}.`);
    // Opening after the greeting, the message, then the closing.
    expect(mail.text.indexOf(intro)).toBeLessThan(mail.text.indexOf(`Voici la réponse ${tag}.`));
    expect(mail.text.indexOf(`Voici la réponse ${tag}.`)).toBeLessThan(mail.text.indexOf(`Bonne journée (${tag}).`));
    // Only that template's mails carry it: the acknowledgement the verification sent keeps its own words.
    const other = await waitForMailWhere(email, (m) => m.id !== mail.id);
    expect(other.subject).not.toBe(mail.subject);
    expect(other.text).not.toContain(tag);
  });

  it("the regime's required parts stay in a worded mail; naming one to change or remove it is refused (400, the field)", async () => {
    const plain = await renderMail("extension_notice", "en", sampleParams("extension_notice"), branding());
    const worded = await renderWordingPreview("extension_notice", "en", { intro: "We are sorry.", outro: null });
    expect(worded.text).toContain("We are sorry.");
    // Everything the plain mail says is still said: the provisions, the authority, the new date.
    for (const line of plain.text.split("\n").filter((l) => l.trim().length > 20)) expect(worded.text).toContain(line);
    expect(worded.text).toContain("CNIL");

    for (const part of ["complaintRoute", "provisions", "authority", "deadlines", "refusalGrounds"]) {
      await expect(
        setMailWording(admin.id, { template: "refusal", locale: "en", intro: "Hi", [part]: "" }),
      ).rejects.toMatchObject({
        code: "invalid_request",
        fields: { [part]: expect.stringMatching(/legally required/) },
      });
    }
    expect(DOMAIN_ERROR_STATUS.invalid_request).toBe(400);
    await expect(
      setMailWording(admin.id, { template: "refusal", locale: "en", intro: '<a href="https://evil.test">x</a>' }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["intro"] })] });
    await expect(
      setMailWording(admin.id, { template: "refusal", locale: "en", outro: "x".repeat(1001) }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["outro"] })] });
    await expect(setMailWording(admin.id, { template: "nope", locale: "en", intro: "x" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["template"] })],
    });
    expect(await findMailWording(db(), { template: "refusal", locale: "en" })).toBeNull();
  });
});
