import { db } from "@/lib/db/client";
import { listReplyTemplatesFor } from "@/lib/db/queries/reply-templates";
import type { Locale } from "@/lib/domain/locale";
import type { RequestType } from "@/lib/domain/vocabulary";
import { formatMailDate, typeLabel } from "@/lib/mail/templates/format";
import { fillReplyTemplate } from "./fill";

export interface ReplyTemplateChoice {
  id: string;
  name: string;
  /** The template in the person's language with this request's values filled in. */
  text: string;
}

/**
 * The reply templates a staff member may pick in a request's thread: those for its type (or for all
 * types), in the person's language, with the reference, due date and type filled in, and the name
 * only when this staff member may see it (`subjectName` null leaves `{name}` to complete by hand).
 */
export async function replyTemplatesForRequest(p: {
  type: RequestType;
  reference: string;
  dueDate: string;
  locale: Locale;
  subjectName: string | null;
}): Promise<ReplyTemplateChoice[]> {
  const rows = await listReplyTemplatesFor(db(), { type: p.type });
  const values = {
    reference: p.reference,
    dueDate: formatMailDate(p.dueDate, p.locale),
    type: typeLabel(p.type, p.locale),
    ...(p.subjectName ? { name: p.subjectName } : {}),
  };
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    text: fillReplyTemplate(p.locale === "fr" ? r.bodyFr : r.bodyEn, values),
  }));
}
