import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAttachments, readAttachment } from "@/lib/db/queries/attachments";
import { destroySubjectData } from "@/lib/db/queries/retention";
import { auditLog, requestAttachments } from "@/lib/db/schema";
import { replyAsSubject } from "@/lib/requests/subject/reply-as-subject";
import { DOMAIN_ERROR_STATUS } from "@/lib/domain/errors";
import { env } from "@/lib/env";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { fileStaff, type TestStaff } from "@/scripts/test-support/file-staff";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { giveStatusLink } from "@/scripts/test-support/status-link";
import { openAttachment } from "./open-attachment";

type Staff = TestStaff;
const { agent, manager } = fileStaff({ agent: "agent", manager: "manager" });

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(4096), Buffer.from("\n%%EOF\n")]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(256)]);
const TEXT = Buffer.from("Numéro de commande : 4711\nMerci,\n", "utf8");
const request = () =>
  verifiedRequest({
    type: "access",
    email: `attach.${randomBytes(4).toString("hex")}@example.net`,
    jurisdiction: "FR",
  });
const staffAsPolicy = (s: Staff) => ({ id: s.id, role: s.role as "agent" | "manager" });

describe("attachments in the message thread", () => {
  it("the subject attaches a file to a reply from the status page; a file that is not a document is refused", async () => {
    const id = await request();
    const token = await giveStatusLink(id);
    await expect(
      replyAsSubject({ token, body: "Here", attachments: [{ name: "x.png", bytes: Buffer.from("MZ\u0000binary") }] }),
    ).rejects.toMatchObject({ code: "unsupported_media_type", fields: { attachments: expect.any(String) } });
    const { messageId } = await replyAsSubject({
      token,
      body: "My ID card, as asked.",
      attachments: [{ name: "id.png", bytes: PNG }],
    });
    const [file] = await listAttachments(db(), { requestId: id });
    expect(file).toMatchObject({ messageId, fileName: "id.png", contentType: "image/png", bytes: PNG.length });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "attachment.added")));
    expect(entry).toMatchObject({ actorType: "subject" });
  });

  it("refuses a file whose content is not PDF, PNG, JPEG or text (415 on attachments), whatever its name", async () => {
    const id = await request();
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(512)]);
    for (const bytes of [zip, Buffer.from("<!DOCTYPE html><script>alert(1)</script>")]) {
      const err = await sendStaffMessage({
        requestId: id,
        staffId: agent.id,
        message: "See the file",
        attachments: [{ name: "invoice.pdf", bytes }],
      }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "unsupported_media_type", fields: { attachments: expect.any(String) } });
      expect(DOMAIN_ERROR_STATUS.unsupported_media_type).toBe(415);
    }
    // Nothing was written: neither the message nor a file.
    expect(await listAttachments(db(), { requestId: id })).toEqual([]);
  });

  it("refuses a file larger than ATTACHMENT_MAX_BYTES (413 on attachments)", async () => {
    const id = await request();
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(env().ATTACHMENT_MAX_BYTES)]);
    await expect(
      sendStaffMessage({
        requestId: id,
        staffId: agent.id,
        message: "Big",
        attachments: [{ name: "a.pdf", bytes: big }],
      }),
    ).rejects.toMatchObject({ code: "payload_too_large", fields: { attachments: expect.stringMatching(/MB/) } });
    expect(DOMAIN_ERROR_STATUS.payload_too_large).toBe(413);
  });

  it("stores accepted files encrypted with the message, opens them for agents only (audited), purges them with the request", async () => {
    const id = await request();
    const { messageId } = await sendStaffMessage({
      requestId: id,
      staffId: agent.id,
      message: "Here are the documents you asked for.",
      attachments: [
        { name: "../../relevé.pdf", bytes: PDF },
        { name: "photo.png", bytes: PNG },
        { name: "note.txt", bytes: TEXT },
      ],
    });

    // At rest: ciphertext only — neither the bytes, their base64, nor the name.
    const rows = await db().select().from(requestAttachments).where(eq(requestAttachments.requestId, id));
    expect(rows.map((r) => r.contentType).sort()).toEqual(["application/pdf", "image/png", "text/plain"]);
    for (const r of rows) {
      expect(r.messageId).toBe(messageId);
      expect(r.contentEnc.startsWith("v1.")).toBe(true);
      expect(r.fileNameEnc.startsWith("v1.")).toBe(true);
      expect(r.contentEnc).not.toContain("%PDF");
      expect(r.contentEnc).not.toContain(PDF.toString("base64").slice(0, 40));
      expect(r.contentEnc).not.toContain(TEXT.toString("base64").slice(0, 20));
      expect(r.fileNameEnc).not.toContain("relev");
    }
    const headers = await listAttachments(db(), { requestId: id });
    expect(headers.map((h) => h.fileName).sort()).toEqual(["note.txt", "photo.png", "relevé.pdf"]);
    const pdf = headers.find((h) => h.contentType === "application/pdf")!;

    // A manager may not see subject data: refused before anything is read, and nothing audited.
    await expect(openAttachment(staffAsPolicy(manager), { requestId: id, attachmentId: pdf.id })).rejects.toMatchObject(
      {
        code: "forbidden",
      },
    );
    // Scoped by the request: the id under another request is not found.
    const other = await request();
    await expect(
      openAttachment(staffAsPolicy(agent), { requestId: other, attachmentId: pdf.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const opened = await openAttachment(staffAsPolicy(agent), { requestId: id, attachmentId: pdf.id });
    expect(opened.content.equals(PDF)).toBe(true);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "attachment.viewed")));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorType: "staff", actorId: agent.id });
    const added = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "attachment.added")));
    expect(added).toHaveLength(3);
    expect(JSON.stringify(added.map((a) => a.payload))).not.toContain("relev");

    // Minimised with the request: the files are gone.
    await db().transaction((tx) => destroySubjectData(tx, { id, now: new Date() }));
    expect(await listAttachments(db(), { requestId: id })).toEqual([]);
    expect(await readAttachment(db(), { requestId: id, id: pdf.id })).toBeNull();
  });
});
