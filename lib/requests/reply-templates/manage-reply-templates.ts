import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import {
  deleteReplyTemplate,
  insertReplyTemplate,
  updateReplyTemplate,
  type ReplyTemplateFields,
} from "@/lib/db/queries/reply-templates";
import { DomainError } from "@/lib/domain/errors";
import { REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { detail } from "@/lib/domain/error-details";

const body = z
  .string()
  .trim()
  .min(1, "is required")
  .max(5000, "must be at most 5000 characters")
  // Messages are plain text; markup in a template would be shown to the person as written.
  .refine((v) => !/<\s*\/?\s*[a-z!][^>]*>/i.test(v), "must be plain text (no HTML tags)");

export const replyTemplateInput = z.object({
  name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
  bodyFr: body,
  bodyEn: body,
  requestTypes: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : ([] as unknown[]).concat(v)),
    z.array(z.enum(REQUEST_TYPES, { message: "is not a request type" })),
  ),
});
export const updateReplyTemplateInput = replyTemplateInput.extend({ id: z.uuid() });
export const deleteReplyTemplateInput = z.object({ id: z.uuid() });

const fields = (i: z.output<typeof replyTemplateInput>): ReplyTemplateFields => ({
  name: i.name,
  bodyFr: i.bodyFr,
  bodyEn: i.bodyEn,
  requestTypes: [...new Set(i.requestTypes)].sort(),
});

/** An admin adds a reply template (audited with its name and types; the texts are not personal data). */
export async function createReplyTemplate(
  staffId: string,
  raw: z.input<typeof replyTemplateInput>,
): Promise<{ id: string }> {
  const input = fields(replyTemplateInput.parse(raw));
  return db().transaction(async (tx) => {
    const now = new Date();
    const row = await insertReplyTemplate(tx, { ...input, staffId, now });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "reply_template.created",
      payload: { templateId: row.id, name: input.name, requestTypes: input.requestTypes },
    });
    return row;
  });
}

export async function editReplyTemplate(staffId: string, raw: z.input<typeof updateReplyTemplateInput>): Promise<void> {
  const parsed = updateReplyTemplateInput.parse(raw);
  const input = fields(parsed);
  await db().transaction(async (tx) => {
    const ok = await updateReplyTemplate(tx, { ...input, id: parsed.id, staffId, now: new Date() });
    if (!ok) throw new DomainError("not_found", detail("requests.reply_template_not_found"));
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "reply_template.updated",
      payload: { templateId: parsed.id, name: input.name, requestTypes: input.requestTypes },
    });
  });
}

export async function removeReplyTemplate(
  staffId: string,
  raw: z.input<typeof deleteReplyTemplateInput>,
): Promise<void> {
  const { id } = deleteReplyTemplateInput.parse(raw);
  await db().transaction(async (tx) => {
    const gone = await deleteReplyTemplate(tx, { id });
    if (!gone) throw new DomainError("not_found", detail("requests.reply_template_not_found"));
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "reply_template.deleted",
      payload: { templateId: id, name: gone.name },
    });
  });
}
