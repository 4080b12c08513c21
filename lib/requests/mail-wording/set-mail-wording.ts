import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { deleteMailWording, upsertMailWording } from "@/lib/db/queries/mail-wording";
import { parseMailWording } from "@/lib/mail/wording-input";

/**
 * An admin words a mail's free paragraphs (intro, closing) in one language: validated (slots only,
 * plain text, ≤ 1,000 characters), written as a new version with who and when, and audited with the
 * text in the same transaction. Empty slots on both sides reset the mail to its own wording.
 */
export async function setMailWording(
  staffId: string,
  raw: Record<string, unknown>,
): Promise<{ version: number | null }> {
  const input = parseMailWording(raw);
  return db().transaction(async (tx) => {
    const now = new Date();
    if (input.intro === null && input.outro === null) {
      const removed = await deleteMailWording(tx, input);
      if (removed)
        await appendAudit(tx, {
          actor: { type: "staff", id: staffId },
          action: "mail_wording.reset",
          payload: { template: input.template, locale: input.locale },
        });
      return { version: null };
    }
    const version = await upsertMailWording(tx, { ...input, staffId, now });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "mail_wording.changed",
      payload: { template: input.template, locale: input.locale, version, intro: input.intro, outro: input.outro },
    });
    return { version };
  });
}
