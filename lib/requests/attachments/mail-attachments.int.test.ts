import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { mailDeliveries } from "@/lib/db/schema";
import { unsealJson } from "@/lib/crypto/env-keys";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { testStaff, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { waitForMail } from "@/scripts/test-support/mailbox";

afterAll(() => closeDb());

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(20_000), Buffer.from("\n%%EOF\n")]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]);

type SinkFile = { filename: string | null; contentType: string; bytes: number; sha256: string; base64: string };

describe("files a staff member attaches go with the subject's mail", () => {
  it("the mail received by the SMTP sink carries each file, bytes equal; the queued mail holds only their ids", async () => {
    const email = `mail.files.${randomBytes(4).toString("hex")}@example.net`;
    const id = await verifiedRequest({ type: "access", email, jurisdiction: "FR", locale: "fr" });
    const agent = await testStaff("agent");
    const { messageId } = await sendStaffMessage({
      requestId: id,
      staffId: agent.id,
      message: "Voici la facture et la capture demandées.",
      attachments: [
        { name: "facture.pdf", bytes: PDF },
        { name: "capture.png", bytes: PNG },
      ],
    });
    // (Read before the job sends it, when it is still sealed.) Nothing of the files in the mail row: only the attachments' ids (decrypted by the mail job at sending).
    const [row] = await db()
      .select()
      .from(mailDeliveries)
      .where(eq(mailDeliveries.key, `staff_message-${messageId}`));
    if (row?.sealed) {
      const sealed = unsealJson(row.sealed) as { attachments?: { ids: string[] } };
      expect(sealed.attachments?.ids).toHaveLength(2);
      expect(JSON.stringify(sealed)).not.toContain(PDF.subarray(0, 48).toString("base64"));
    }
    const mail = await waitForMail(email, /Nouveau message/, 30_000);
    expect(mail.text).toContain("2 fichiers sont joints");
    const files = (mail.attachments ?? []) as SinkFile[];
    expect(files.map((f) => f.filename).sort()).toEqual(["capture.png", "facture.pdf"]);
    const pdf = files.find((f) => f.filename === "facture.pdf")!;
    expect(pdf.contentType).toBe("application/pdf");
    expect(Buffer.from(pdf.base64, "base64").equals(PDF)).toBe(true);
    expect(pdf.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    const png = files.find((f) => f.filename === "capture.png")!;
    expect(Buffer.from(png.base64, "base64").equals(PNG)).toBe(true);
  });

  it("a message without files is sent without attachments", async () => {
    const email = `mail.nofiles.${randomBytes(4).toString("hex")}@example.net`;
    const id = await verifiedRequest({ type: "access", email, jurisdiction: "FR" });
    const agent = await testStaff("agent");
    await sendStaffMessage({ requestId: id, staffId: agent.id, message: "Just a word." });
    const mail = await waitForMail(email, /New message/, 30_000);
    expect(mail.attachments).toBeNull();
    expect(mail.text).not.toMatch(/attached/);
  });
});
