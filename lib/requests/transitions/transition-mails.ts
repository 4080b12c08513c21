import { decryptMaybe } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { eq } from "drizzle-orm";
import { staffUsers } from "@/lib/db/schema";
import { appUrl, env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import type { Actor, LifecycleAction, LifecycleEvent } from "@/lib/domain/lifecycle";
import { links } from "@/lib/mail/links";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { toLocale } from "@/lib/domain/locale";

export function statusTokenOf(row: { id: string; statusTokenEnc: string | null }): string | null {
  return decryptMaybe(row.statusTokenEnc, `requests.status_token:${row.id}`);
}

/**
 * Queues the subject mails a transition asked for, in the subject's language. Each mail's key is
 * tied to the request version, so a transition mails once even if the job runs twice.
 */
export async function queueTransitionMails(
  tx: Db,
  p: { before: RequestRow; request: RequestRow; events: LifecycleEvent[]; action: LifecycleAction; actor: Actor },
): Promise<void> {
  const r = p.request;
  const locale = toLocale(r.locale);
  const token = statusTokenOf(r);
  const statusUrl = token ? links.status(locale, token) : links.portal(locale);
  for (const e of p.events) {
    if (e.kind === "mail" && e.to === "assignee" && r.assigneeId) await queueAssignmentMail(tx, r, p.actor);
    if (e.kind !== "mail" || e.to !== "subject") continue;
    const key = `${e.template}-${r.id}-v${r.version}`;
    const to = decryptSubjectEmail(r);
    const base = { key, to, locale };
    const a = p.action;
    switch (e.template) {
      case "request_received":
        await queueTemplateMail(tx, {
          ...base,
          template: "request_received",
          data: { reference: r.reference, type: r.type, statusUrl, dueDate: r.dueDate },
        });
        break;
      case "clarification_request":
        if (a.type !== "ask_subject") break;
        await queueTemplateMail(tx, {
          ...base,
          template: "clarification_request",
          data: { reference: r.reference, message: a.message, statusUrl, clockStopped: r.pausedAt !== null },
        });
        break;
      case "extension_notice":
        if (a.type !== "extend") break;
        await queueTemplateMail(tx, {
          ...base,
          template: "extension_notice",
          data: { reference: r.reference, reason: a.reason, newDueDate: r.dueDate, statusUrl },
        });
        break;
      case "refusal":
        if (a.type !== "refuse") break;
        await queueTemplateMail(tx, {
          ...base,
          template: "refusal",
          data: {
            reference: r.reference,
            type: r.type,
            reasonCode: a.reasonCode,
            reasonText: a.reasonText,
            authorityName: env().SUPERVISORY_AUTHORITY_NAME,
            authorityUrl: env().SUPERVISORY_AUTHORITY_URL,
          },
        });
        break;
      case "withdrawal_confirmation":
        await queueTemplateMail(tx, {
          ...base,
          template: "withdrawal_confirmation",
          data: { reference: r.reference, type: r.type },
        });
        break;
      case "completion":
        await queueTemplateMail(tx, {
          ...base,
          template: "completion",
          data: {
            reference: r.reference,
            type: r.type,
            statusUrl,
            ...(a.type === "complete" && a.result ? { result: a.result } : {}),
          },
        });
        break;
      default:
        // Templates not built yet (e.g. staff mail) are skipped rather than failing the transition.
        break;
    }
  }
}

/** Tells a staff member a request is now theirs (staff mails are in English). */
async function queueAssignmentMail(tx: Db, r: RequestRow, actor: Actor): Promise<void> {
  const [assignee] = await tx.select().from(staffUsers).where(eq(staffUsers.id, r.assigneeId!));
  if (!assignee?.active) return;
  const [by] =
    actor.kind === "staff"
      ? await tx.select({ name: staffUsers.name }).from(staffUsers).where(eq(staffUsers.id, actor.id))
      : [];
  const assignedBy = by?.name ?? "The system";
  const mail = await staffMails.assignment({
    reference: r.reference,
    type: r.type,
    dueDate: r.dueDate,
    assignedBy,
    requestUrl: `${appUrl()}/staff/requests/${r.id}`,
  });
  await queueMail(tx, `assignment-${r.id}-v${r.version}`, { to: assignee.email, ...mail });
}
