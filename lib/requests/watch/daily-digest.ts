import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { activeStaffWithRoles } from "@/lib/db/queries/watch";
import { requests, staffUsers } from "@/lib/db/schema";
import { appUrl, controllerProfile } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";
import { staffMails, type DigestParams } from "@/lib/mail/staff-templates";
import { localDateOf } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { OPEN_STATUSES } from "@/lib/domain/vocabulary";
import { dueWithinWhere, overdueWhere } from "@/lib/db/queries/overdue";

const WORKING = ["new", "in_progress", "awaiting_subject", "in_review"] as const;

/** Builds the day's digest and queues it to every active manager and DPO, once per person per day. */
export async function sendDailyDigest(now = new Date()): Promise<{ recipients: number; date: string }> {
  // The controller's day, as every due date in the mail is (DIGEST_TIME_ZONE only says when it is sent).
  const date = localDateOf(now, controllerProfile().timeZone);
  const rows = await db()
    .select({
      reference: requests.reference,
      dueDate: requests.dueDate,
      assigneeId: requests.assigneeId,
      assignee: staffUsers.name,
      overdue: sql<boolean>`${overdueWhere(now)}`,
    })
    .from(requests)
    .leftJoin(staffUsers, eq(staffUsers.id, requests.assigneeId))
    .where(dueWithinWhere(now, 7))
    .orderBy(requests.dueDate)
    .limit(2000);
  const unassigned = await db()
    .select({ reference: requests.reference, dueDate: requests.dueDate })
    .from(requests)
    .where(and(inArray(requests.status, [...WORKING]), isNull(requests.assigneeId)))
    .orderBy(requests.dueDate)
    .limit(500);
  const perAssignee = await db()
    .select({
      assignee: staffUsers.name,
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${overdueWhere(now)})::int`,
    })
    .from(requests)
    .innerJoin(staffUsers, eq(staffUsers.id, requests.assigneeId))
    .where(inArray(requests.status, [...OPEN_STATUSES]))
    .groupBy(staffUsers.name)
    .orderBy(staffUsers.name);
  const params: Omit<DigestParams, "locale"> = {
    date,
    dashboardUrl: `${appUrl()}/staff/dashboard`,
    overdue: rows
      .filter((r) => r.overdue)
      .map((r) => ({ reference: r.reference, dueDate: r.dueDate, assignee: r.assignee })),
    dueWithin7: rows
      .filter((r) => !r.overdue)
      .map((r) => ({ reference: r.reference, dueDate: r.dueDate, assignee: r.assignee })),
    unassigned: unassigned.map((r) => ({ ...r, assignee: null })),
    perAssignee,
  };
  const people = await activeStaffWithRoles(db(), { roles: ["manager", "dpo"] });
  // One rendering per language read (a member without a saved language reads the English screens).
  const mails = new Map<Locale, Awaited<ReturnType<typeof staffMails.digest>>>();
  for (const p of people) {
    const locale: Locale = p.locale === "fr" ? "fr" : "en";
    if (!mails.has(locale)) mails.set(locale, await staffMails.digest({ ...params, locale }));
  }
  await db().transaction(async (tx) => {
    // The mail key makes the digest once per person per day, however often the job runs.
    for (const p of people) {
      const mail = mails.get(p.locale === "fr" ? "fr" : "en")!;
      await queueMail(tx, `digest-${date}-${p.id}`, { to: p.email, ...mail });
    }
  });
  return { recipients: people.length, date };
}
