import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { eq } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { activeStaffWithRoles, claimReminder } from "@/lib/db/queries/watch";
import { requests, staffNotifications, staffUsers } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import { daysBetween } from "@/lib/domain/deadline";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { toLocale, type Locale } from "@/lib/domain/locale";
import { audienceOf, type Threshold } from "@/lib/domain/thresholds";

export interface CrossingKey {
  requestId: string;
  threshold: Threshold;
  forDate: string;
}

/**
 * Sends one deadline notification — in the back-office (bell) and by mail — to the people who must
 * act. The reminder row is claimed first, in the same transaction: a second run, or a second worker,
 * finds it and sends nothing.
 */
export async function notifyCrossing(key: CrossingKey): Promise<{ sent: boolean; recipients: number }> {
  return db().transaction(async (tx) => {
    const [request] = await tx.select().from(requests).where(eq(requests.id, key.requestId));
    if (!request) return { sent: false, recipients: 0 };
    const reminderId = await claimReminder(tx, {
      requestId: key.requestId,
      threshold: key.threshold,
      forDate: key.forDate,
    });
    if (!reminderId) return { sent: false, recipients: 0 };

    const audience = audienceOf(key.threshold, request.assigneeId);
    const roles: StaffRole[] = [
      ...(audience.dpos ? (["dpo"] as const) : []),
      ...(audience.managers ? (["manager"] as const) : []),
    ];
    const people = new Map((await activeStaffWithRoles(tx, { roles })).map((s) => [s.id, s]));
    let assigneeName: string | null = null;
    if (request.assigneeId) {
      const [assignee] = await tx.select().from(staffUsers).where(eq(staffUsers.id, request.assigneeId));
      assigneeName = assignee?.name ?? null;
      if (audience.assignee && assignee?.active)
        people.set(assignee.id, {
          id: assignee.id,
          email: assignee.email,
          name: assignee.name,
          role: assignee.role,
          locale: assignee.locale,
        });
    }
    // Each reader gets the mail in their language: rendered once per language, not once per person.
    const mails = new Map<Locale, Awaited<ReturnType<typeof staffMails.deadlineAlert>>>();
    const mailIn = async (locale: Locale) =>
      mails.get(locale) ??
      mails
        .set(
          locale,
          await staffMails.deadlineAlert({
            locale,
            reference: request.reference,
            threshold: key.threshold,
            dueDate: request.dueDate,
            firstDueDate: request.firstDueDate,
            requestUrl: `${appUrl()}/staff/requests/${request.id}`,
            assigneeName,
            daysOverdue: key.threshold === "overdue" ? daysBetween(request.dueDate, key.forDate) : undefined,
          }),
        )
        .get(locale)!;
    for (const person of people.values()) {
      const mail = await mailIn(toLocale(person.locale));
      await tx.insert(staffNotifications).values({
        userId: person.id,
        requestId: request.id,
        kind: key.threshold,
        title: mail.subject,
        message: notificationOf(key.threshold, {
          reference: request.reference,
          date: key.threshold === "extension_cutoff" ? request.firstDueDate : request.dueDate,
        }).message,
      });
      await queueMail(tx, `alert-${reminderId}-${person.id}`, { to: person.email, ...mail });
    }
    await appendAudit(tx, {
      actor: { type: "system" },
      action: key.threshold === "overdue" ? "request.deadline_escalated" : "request.deadline_alerted",
      requestId: request.id,
      payload: { threshold: key.threshold, forDate: key.forDate, recipients: [...people.keys()] },
    });
    return { sent: true, recipients: people.size };
  });
}
