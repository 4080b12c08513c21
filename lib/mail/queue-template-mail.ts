import { branding } from "@/lib/branding/config";
import type { Db } from "@/lib/db/client";
import { queueMail, type MailMeta } from "./queue-mail";
import type { OutgoingMail } from "./outgoing";
import { renderMail, type TemplateName, type TemplateParams } from "./templates";
import type { Locale } from "@/lib/domain/locale";

type TemplateMailParams<T extends TemplateName> = {
  key: string;
  to: string;
  locale: Locale;
  template: T;
  data: TemplateParams[T];
  requestId?: string;
};

/** A template rendered ahead of the transaction that queues it (rendering takes 10-200 ms of React). */
export interface PreparedMail {
  key: string;
  mail: OutgoingMail;
  meta: MailMeta;
}

export async function prepareTemplateMail<T extends TemplateName>(
  params: TemplateMailParams<T>,
): Promise<PreparedMail> {
  const rendered = await renderMail(params.template, params.locale, params.data, branding());
  const reference = (params.data as { reference?: unknown }).reference;
  return {
    key: params.key,
    mail: { to: params.to, ...rendered },
    meta: {
      requestId: params.requestId ?? null,
      requestReference: typeof reference === "string" ? reference : undefined,
      template: params.template,
      recipientRole: "subject",
    },
  };
}

/** Queues a prepared mail in the caller's transaction (see queueMail). */
export function queuePreparedMail(tx: Db, prepared: PreparedMail): Promise<void> {
  return queueMail(tx, prepared.key, prepared.mail, prepared.meta);
}

/**
 * Renders a FR/EN template and queues it through the outbox (sent after the transaction commits). These
 * templates write to the data subject; the mail is filed under its request (found by the reference the
 * template names, unless `requestId` is given) so the workspace lists it. On a hot path, prepare the mail
 * before the transaction instead (prepareTemplateMail + queuePreparedMail).
 */
export async function queueTemplateMail<T extends TemplateName>(tx: Db, params: TemplateMailParams<T>): Promise<void> {
  await queuePreparedMail(tx, await prepareTemplateMail(params));
}
