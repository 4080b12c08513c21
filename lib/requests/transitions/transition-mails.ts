import { partialRefusalOf } from "@/lib/domain/partial-refusal";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { staffUsers } from "@/lib/db/schema";
import type { Actor, MailEvent, SubjectMail } from "@/lib/domain/lifecycle";
import { appUrl } from "@/lib/env";
import { links } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/queue-mail";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";
import { toLocale } from "@/lib/domain/locale";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { regimeGrants } from "@/lib/domain/rights";

/**
 * Queues the mail one lifecycle mail event asks for. `request` is the row as the transition left it;
 * each mail's key is tied to its version, so a transition mails once even if the job runs twice.
 */
export async function queueTransitionMail(
  tx: Db,
  event: MailEvent,
  p: { request: RequestRow; actor: Actor },
): Promise<void> {
  if (event.to === "assignee") return queueAssignmentMail(tx, p.request, event.assigneeId, p.actor);
  return queueSubjectMail(tx, p.request, event);
}

/** One typed template call per subject mail, in the subject's language. */
async function queueSubjectMail(tx: Db, r: RequestRow, mail: SubjectMail): Promise<void> {
  const locale = toLocale(r.locale);
  const token = statusTokenOf(r);
  const statusUrl = token ? links.status(locale, token) : links.portal(locale);
  const base = { key: `${mail.template}-${r.id}-v${r.version}`, to: decryptSubjectEmail(r), locale };
  const { reference, type } = r;
  const regime = regimeMailParams(r);
  switch (mail.template) {
    case "request_received":
      return queueTemplateMail(tx, {
        ...base,
        template: mail.template,
        data: { reference, type, statusUrl, dueDate: r.dueDate, ...regime },
      });
    case "clarification_request":
      return queueTemplateMail(tx, {
        ...base,
        template: mail.template,
        data: { reference, message: mail.message, statusUrl, clockStopped: mail.clockStopped, ...regime },
      });
    case "extension_notice":
      return queueTemplateMail(tx, {
        ...base,
        template: mail.template,
        data: {
          reference,
          reason: mail.reason,
          newDueDate: r.dueDate,
          statusUrl,
          ...regime,
        },
      });
    case "refusal":
      return queueTemplateMail(tx, {
        ...base,
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
      });
    case "withdrawal_confirmation":
      return queueTemplateMail(tx, { ...base, template: mail.template, data: { reference, type } });
    case "verification_expired":
      return queueTemplateMail(tx, {
        ...base,
        template: mail.template,
        data: { reference, type, portalUrl: links.portal(locale) },
      });
    case "completion":
      return queueTemplateMail(tx, {
        ...base,
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
      });
    default:
      return unhandledMail(mail);
  }
}

/** A subject mail the lifecycle can emit but nobody renders fails to compile here. */
function unhandledMail(mail: never): never {
  throw new Error(`no template call for lifecycle mail ${JSON.stringify(mail)}`);
}

/** Tells a staff member a request is now theirs (staff mails are in English). */
async function queueAssignmentMail(tx: Db, r: RequestRow, assigneeId: string, actor: Actor): Promise<void> {
  const [assignee] = await tx.select().from(staffUsers).where(eq(staffUsers.id, assigneeId));
  if (!assignee?.active) return;
  const [by] =
    actor.kind === "staff"
      ? await tx.select({ name: staffUsers.name }).from(staffUsers).where(eq(staffUsers.id, actor.id))
      : [];
  const mail = await staffMails.assignment({
    reference: r.reference,
    type: r.type,
    dueDate: r.dueDate,
    assignedBy: by?.name ?? (actor.kind === "api_key" ? "An API integration" : "The system"),
    requestUrl: `${appUrl()}/staff/requests/${r.id}`,
  });
  await queueMail(
    tx,
    `assignment-${r.id}-v${r.version}`,
    { to: assignee.email, ...mail },
    { requestId: r.id, template: "assignment" },
  );
}
