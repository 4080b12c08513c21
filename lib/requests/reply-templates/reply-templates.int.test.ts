import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMessages } from "@/lib/db/queries/messages";
import { findRequest } from "@/lib/db/queries/requests";
import { auditLog } from "@/lib/db/schema";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { createReplyTemplate, editReplyTemplate, removeReplyTemplate } from "./manage-reply-templates";
import { replyTemplatesForRequest } from "./templates-for-request";

const { admin, agent } = fileStaff({ admin: "admin", agent: "agent" });

const auditOf = (action: string, templateId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), sql`${auditLog.payload}->>'templateId' = ${templateId}`));

describe("reply templates", () => {
  it("an admin's template, picked in an erasure's thread, fills the message in the person's language", async () => {
    const tag = randomBytes(3).toString("hex");
    const { id: templateId } = await createReplyTemplate(admin.id, {
      name: `Erasure received ${tag}`,
      bodyEn: "Hello {name}, we received request {reference}; we will answer by {dueDate}.",
      bodyFr: "Bonjour {name}, nous avons reçu la demande {reference} ({type}) ; réponse avant le {dueDate}.",
      requestTypes: ["erasure"],
    });
    expect(await auditOf("reply_template.created", templateId)).toHaveLength(1);

    const id = await verifiedRequest({
      type: "erasure",
      email: `tpl.${tag}@example.net`,
      jurisdiction: "FR",
      locale: "fr",
      fullName: "Élodie Martin",
    });
    const request = (await findRequest(db(), { id }))!;
    const choices = await replyTemplatesForRequest({
      type: request.type,
      reference: request.reference,
      dueDate: request.dueDate,
      locale: "fr",
      subjectName: "Élodie Martin",
    });
    const choice = choices.find((c) => c.id === templateId)!;
    expect(choice.text).toContain(`Bonjour Élodie Martin, nous avons reçu la demande ${request.reference}`);
    expect(choice.text).not.toMatch(/\{(reference|dueDate|type|name)\}/);
    // A role that may not see the name gets {name} to complete by hand.
    const masked = await replyTemplatesForRequest({ ...request, locale: "fr", subjectName: null });
    expect(masked.find((c) => c.id === templateId)!.text).toContain("Bonjour {name},");
    // Only for the types it names.
    const forAccess = await replyTemplatesForRequest({ ...request, type: "access", locale: "fr", subjectName: null });
    expect(forAccess.some((c) => c.id === templateId)).toBe(false);

    await sendStaffMessage({ requestId: id, staffId: agent.id, message: choice.text });
    const thread = await listMessages(db(), { requestId: id });
    expect(thread.map((m) => m.body)).toContain(choice.text);

    await editReplyTemplate(admin.id, {
      id: templateId,
      name: `Erasure received ${tag}`,
      bodyEn: "Request {reference} received.",
      bodyFr: "Demande {reference} reçue.",
      requestTypes: [],
    });
    const edited = await replyTemplatesForRequest({ ...request, type: "access", locale: "en", subjectName: null });
    expect(edited.find((c) => c.id === templateId)!.text).toBe(`Request ${request.reference} received.`);
    await removeReplyTemplate(admin.id, { id: templateId });
    expect(await auditOf("reply_template.updated", templateId)).toHaveLength(1);
    expect(await auditOf("reply_template.deleted", templateId)).toHaveLength(1);
  });

  it("refuses markup and empty texts, naming the field", async () => {
    await expect(
      createReplyTemplate(admin.id, { name: "x", bodyEn: "<script>alert(1)</script>", bodyFr: "ok", requestTypes: [] }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["bodyEn"] })] });
    await expect(
      createReplyTemplate(admin.id, { name: "x", bodyEn: "ok", bodyFr: " ", requestTypes: ["nope"] as never }),
    ).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["bodyFr"] })]) });
  });
});
