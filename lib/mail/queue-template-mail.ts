import { branding } from "@/lib/branding/config";
import type { Db } from "@/lib/db/client";
import { queueMail } from "./queue-mail";
import { renderMail, type TemplateName, type TemplateParams } from "./templates";
import type { Locale } from "@/lib/domain/locale";

/** Renders a FR/EN template and queues it through the outbox (sent after the transaction commits). */
export async function queueTemplateMail<T extends TemplateName>(
  tx: Db,
  params: { key: string; to: string; locale: Locale; template: T; data: TemplateParams[T] },
): Promise<void> {
  const rendered = await renderMail(params.template, params.locale, params.data, branding());
  await queueMail(tx, params.key, { to: params.to, ...rendered });
}
