import { branding } from "@/lib/branding/config";
import type { Db } from "@/lib/db/client";
import { queueMail } from "./queue-mail";
import { renderMail, type TemplateName, type TemplateParams } from "./templates";
import type { Locale } from "@/lib/domain/locale";

/**
 * Renders a FR/EN template and queues it through the outbox (sent after the transaction commits). These
 * templates write to the data subject; the mail is filed under its request (found by the reference the
 * template names, unless `requestId` is given) so the workspace lists it.
 */
export async function queueTemplateMail<T extends TemplateName>(
  tx: Db,
  params: { key: string; to: string; locale: Locale; template: T; data: TemplateParams[T]; requestId?: string },
): Promise<void> {
  const rendered = await renderMail(params.template, params.locale, params.data, branding());
  const reference = (params.data as { reference?: unknown }).reference;
  await queueMail(
    tx,
    params.key,
    { to: params.to, ...rendered },
    {
      requestId: params.requestId ?? null,
      requestReference: typeof reference === "string" ? reference : undefined,
      template: params.template,
      recipientRole: "subject",
    },
  );
}
