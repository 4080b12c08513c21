import { branding } from "@/lib/branding/config";
import type { RequestRow } from "@/lib/db/queries/requests";
import type { SubjectMail } from "@/lib/domain/lifecycle";
import { toLocale } from "@/lib/domain/locale";
import { renderMail } from "@/lib/mail/templates";
import { subjectTemplateMail } from "@/lib/requests/transitions/subject-mail-data";

/** Shown in place of the subject's secret status token: staff see where the link goes, not the key to it. */
export const PREVIEW_TOKEN = "…";

/**
 * The mail a transition will send, rendered as the mail job renders it (same data builder, same
 * template, same branding), in the subject's language. `dueDate` is the due date after the
 * transition when it moves it (an extension).
 */
export async function transitionMailPreview(
  request: RequestRow,
  mail: SubjectMail,
  opts: { dueDate?: string } = {},
): Promise<{ subject: string; text: string }> {
  const row = opts.dueDate ? { ...request, dueDate: opts.dueDate } : request;
  const { template, data } = subjectTemplateMail(row, mail, { statusToken: PREVIEW_TOKEN, checkedByStaff: true });
  const rendered = await renderMail(template, toLocale(request.locale), data as never, branding());
  return { subject: rendered.subject, text: rendered.text };
}
