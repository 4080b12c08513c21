import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { staffUsers } from "@/lib/db/schema";
import type { Actor, MailEvent, SubjectMail } from "@/lib/domain/lifecycle";
import { appUrl } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { subjectTemplateMail } from "./subject-mail-data";
import { toLocale } from "@/lib/domain/locale";

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
  return queueSubjectMail(tx, p.request, event, p.actor);
}

/** The subject's mail in their language, its key tied to the version (subject-mail-data.ts builds it). */
async function queueSubjectMail(tx: Db, r: RequestRow, mail: SubjectMail, actor: Actor): Promise<void> {
  // Staff or an integration verified a person they checked themselves (phone, letter): the acknowledgement says so.
  const checkedByStaff = actor.kind === "staff" || actor.kind === "api_key";
  const { template, data } = subjectTemplateMail(r, mail, { checkedByStaff });
  const base = {
    key: `${mail.template}-${r.id}-v${r.version}`,
    to: decryptSubjectEmail(r),
    locale: toLocale(r.locale),
  };
  return queueTemplateMail(tx, { ...base, template, data } as Parameters<typeof queueTemplateMail>[1]);
}

/** Tells a staff member a request is now theirs, in their language. */
async function queueAssignmentMail(tx: Db, r: RequestRow, assigneeId: string, actor: Actor): Promise<void> {
  const [assignee] = await tx.select().from(staffUsers).where(eq(staffUsers.id, assigneeId));
  if (!assignee?.active) return;
  const [by] =
    actor.kind === "staff"
      ? await tx.select({ name: staffUsers.name }).from(staffUsers).where(eq(staffUsers.id, actor.id))
      : [];
  const mail = await staffMails.assignment({
    locale: toLocale(assignee.locale),
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
