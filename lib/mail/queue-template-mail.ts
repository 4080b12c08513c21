import type { Db } from "@/lib/db/client";
import { queueMail, type MailMeta } from "./queue-mail";
import type { TemplateMail } from "./outgoing";
import type { TemplateName, TemplateParams } from "./templates";
import type { Locale } from "@/lib/domain/locale";
import type { MailPriority } from "@/lib/queue/jobs/send-mail";

type TemplateMailParams<T extends TemplateName> = {
  key: string;
  to: string;
  locale: Locale;
  template: T;
  data: TemplateParams[T];
  requestId?: string;
  priority?: MailPriority;
  /** Whose inbox: the subject's unless the mail goes to the authorised agent acting for them (11 CCR § 7063). */
  recipientRole?: "subject" | "agent";
  /** Thread attachments to send with the mail (read and decrypted by the mail job at sending). */
  attachments?: { requestId: string; ids: string[] };
};

/** A template mail ready to queue: its data, rendered by the mail job when it is sent (outgoing.ts). */
export interface PreparedMail {
  key: string;
  mail: TemplateMail;
  meta: MailMeta;
}

export function prepareTemplateMail<T extends TemplateName>(params: TemplateMailParams<T>): PreparedMail {
  const reference = (params.data as { reference?: unknown }).reference;
  return {
    key: params.key,
    mail: {
      kind: "template",
      to: params.to,
      template: params.template,
      locale: params.locale,
      data: params.data as Record<string, unknown>,
      ...(params.attachments && params.attachments.ids.length > 0 ? { attachments: params.attachments } : {}),
    },
    meta: {
      requestId: params.requestId ?? null,
      requestReference: typeof reference === "string" ? reference : undefined,
      template: params.template,
      recipientRole: params.recipientRole ?? "subject",
      priority: params.priority,
    },
  };
}

/** Queues a prepared mail in the caller's transaction (see queueMail). */
export function queuePreparedMail(tx: Db, prepared: PreparedMail): Promise<void> {
  return queueMail(tx, prepared.key, prepared.mail, prepared.meta);
}

/**
 * Queues a FR/EN template mail through the outbox (sent after the transaction commits, rendered by the
 * mail job). These templates write to the data subject; the mail is filed under its request (found by
 * the reference the template names, unless `requestId` is given) so the workspace lists it.
 */
export async function queueTemplateMail<T extends TemplateName>(tx: Db, params: TemplateMailParams<T>): Promise<void> {
  await queuePreparedMail(tx, prepareTemplateMail(params));
}
