import type { RequestRow } from "@/lib/db/queries/requests";
import type { SubjectMail } from "@/lib/domain/lifecycle";
import { todayForRequest } from "@/lib/domain/deadline";
import { toLocale } from "@/lib/domain/locale";
import { partialRefusalOf } from "@/lib/domain/partial-refusal";
import { regimeGrants } from "@/lib/domain/rights";
import { links } from "@/lib/mail/links";
import type { TemplateName, TemplateParams } from "@/lib/mail/templates";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { statusTokenOf } from "@/lib/requests/subject-fields";

/** One subject mail as the template it uses and the data it is rendered with. */
export type SubjectTemplateMail = { [T in TemplateName]: { template: T; data: TemplateParams[T] } }[TemplateName];

/**
 * The template and data of the mail one lifecycle mail event sends to the subject, from the request
 * row as the transition left it. The queue (transition-mails.ts) and the workspace's live previews
 * both call this, so a preview is the mail that will be sent. A preview passes `statusToken` to show
 * the subject's status link without its secret token; `checkedByStaff` when staff (not the person) verified.
 */
export function subjectTemplateMail(
  r: RequestRow,
  mail: SubjectMail,
  opts: { statusToken?: string; checkedByStaff?: boolean; now?: Date } = {},
): SubjectTemplateMail {
  const locale = toLocale(r.locale);
  const token = opts.statusToken ?? statusTokenOf(r);
  const statusUrl = token ? links.status(locale, token) : links.portal(locale);
  const { reference, type } = r;
  const regime = regimeMailParams(r);
  switch (mail.template) {
    case "request_received":
      return {
        template: mail.template,
        data: {
          reference,
          type,
          statusUrl,
          dueDate: r.dueDate,
          overdue: r.dueDate < todayForRequest(opts.now ?? new Date(), r),
          checkedByStaff: opts.checkedByStaff ?? false,
          ...regime,
        },
      };
    case "clarification_request":
      return {
        template: mail.template,
        data: { reference, message: mail.message, statusUrl, clockStopped: mail.clockStopped, ...regime },
      };
    case "extension_notice":
      return {
        template: mail.template,
        data: { reference, reason: mail.reason, newDueDate: r.dueDate, statusUrl, ...regime },
      };
    case "refusal":
      return {
        template: mail.template,
        data: {
          reference,
          type,
          reasonCode: mail.reasonCode,
          reasonText: mail.reasonText,
          // US states with an appeal right: the refusal mail links the status page's appeal form.
          ...(token && regimeGrants(regime.regime, "appeal") ? { appealUrl: `${statusUrl}#appeal` } : {}),
          ...regime,
        },
      };
    case "withdrawal_confirmation":
      return { template: mail.template, data: { reference, type } };
    case "verification_expired":
      return { template: mail.template, data: { reference, type, portalUrl: links.portal(locale) } };
    case "completion":
      return {
        template: mail.template,
        data: {
          reference,
          type,
          statusUrl,
          ...regime,
          ...(mail.result ? { result: mail.result } : {}),
          // Part refused under a US state law with an appeal right: the mail links the appeal form too.
          ...(token && partialRefusalOf(mail.result) && regimeGrants(regime.regime, "appeal")
            ? { appealUrl: `${statusUrl}#appeal` }
            : {}),
        },
      };
    default:
      return unhandledMail(mail);
  }
}

/** A subject mail the lifecycle can emit but nobody renders fails to compile here. */
function unhandledMail(mail: never): never {
  throw new Error(`no template call for lifecycle mail ${JSON.stringify(mail)}`);
}
