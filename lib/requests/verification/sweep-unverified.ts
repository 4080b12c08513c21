import { and, eq, lt, notExists, sql } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { reminders, requests, requestVerifications } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/log";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { VERIFICATION_EXPIRED } from "@/lib/domain/lifecycle";
import { links } from "@/lib/mail/links";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { issueFreshVerification } from "./fresh-verification";
import { toLocale } from "@/lib/domain/locale";
import { notifyStaffOfExpiry } from "./notify-expiry";

const BATCH = 200;
const log = childLogger("verification-sweep");
const DAY = 86_400_000;

/**
 * Unverified requests get one reminder (with a fresh link and code) after UNVERIFIED_REMINDER_DAYS
 * and are withdrawn after UNVERIFIED_EXPIRY_DAYS, each with its audit entry. Both count from the first
 * verification mail (the verification row's creation), never from the receipt: a letter entered 40
 * days after it arrived gets its full time to be confirmed. A withdrawal mails the person, and for a
 * request staff entered (phone, letter, e-mail) rings the bell of its assignee, else the DPOs. Safe to
 * run twice or on two workers at once: the reminder is claimed through a unique row, the withdrawal
 * through the lifecycle (a withdrawn request can't be withdrawn again).
 */
export async function sweepUnverified(now = new Date()): Promise<{ reminded: number; withdrawn: number }> {
  const e = env();
  let withdrawn = 0;
  const expired = await db()
    .select({ id: requests.id })
    .from(requests)
    .innerJoin(requestVerifications, eq(requestVerifications.requestId, requests.id))
    .where(
      and(
        eq(requests.status, "unverified"),
        lt(requestVerifications.createdAt, new Date(now.getTime() - e.UNVERIFIED_EXPIRY_DAYS * DAY)),
      ),
    )
    .limit(BATCH);
  for (const { id } of expired) {
    try {
      await db().transaction(async (tx) => {
        const { request } = await runTransition(tx, {
          requestId: id,
          actor: { kind: "system" },
          action: { type: "withdraw", reason: VERIFICATION_EXPIRED },
          now,
        });
        await notifyStaffOfExpiry(tx, request);
      });
      withdrawn++;
    } catch (err) {
      // A DomainError means another sweeper already withdrew it; anything else is logged, not fatal.
      if (!(err instanceof DomainError))
        log.error({ requestId: id, err: (err as Error).message }, "verification expiry failed");
    }
  }

  let reminded = 0;
  const due = await db()
    .select({ id: requests.id })
    .from(requests)
    .innerJoin(requestVerifications, eq(requestVerifications.requestId, requests.id))
    .where(
      and(
        eq(requests.status, "unverified"),
        lt(requestVerifications.createdAt, new Date(now.getTime() - e.UNVERIFIED_REMINDER_DAYS * DAY)),
        notExists(
          db()
            .select({ one: sql`1` })
            .from(reminders)
            .where(and(eq(reminders.requestId, requests.id), eq(reminders.threshold, "verification_reminder"))),
        ),
      ),
    )
    .limit(BATCH);
  for (const { id } of due) {
    const sent = await remindOne(id, now, e.UNVERIFIED_EXPIRY_DAYS).catch((err: Error) => {
      // One broken row (e.g. undecryptable) must not stop the reminders of all the others.
      log.error({ requestId: id, err: err.message }, "verification reminder failed");
      return false;
    });
    if (sent) reminded++;
  }
  return { reminded, withdrawn };
}

async function remindOne(id: string, now: Date, expiryDays: number): Promise<boolean> {
  return db().transaction(async (tx) => {
    const [row] = await tx.select().from(requests).where(eq(requests.id, id)).for("update");
    if (!row || row.status !== "unverified") return false;
    // The request row lock serialises sweepers; the reminder row records that it was sent, once.
    const [already] = await tx
      .select({ id: reminders.id })
      .from(reminders)
      .where(and(eq(reminders.requestId, id), eq(reminders.threshold, "verification_reminder")));
    if (already) return false;
    await tx
      .insert(reminders)
      .values({ requestId: id, threshold: "verification_reminder", forDate: localDateOf(now, "UTC") });
    const [verification] = await tx
      .select({ createdAt: requestVerifications.createdAt })
      .from(requestVerifications)
      .where(eq(requestVerifications.requestId, id));
    if (!verification) return false;
    const { token } = await issueFreshVerification(tx, { requestId: id, now, countAsSent: false });
    const locale = toLocale(row.locale);
    const withdrawOn = addDays(localDateOf(verification.createdAt, "UTC"), expiryDays);
    await queueTemplateMail(tx, {
      key: `verification-reminder-${id}`,
      to: decryptSubjectEmail(row),
      locale,
      template: "verification_reminder",
      data: { reference: row.reference, type: row.type, verifyUrl: links.verify(locale, token), withdrawOn },
    });
    await appendAudit(tx, {
      actor: { type: "system" },
      action: "request.verification_reminded",
      requestId: id,
      payload: { withdrawOn },
    });
    return true;
  });
}
