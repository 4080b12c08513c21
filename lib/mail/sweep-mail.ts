import { appendAudit } from "@/lib/audit/append";
import { db, type Db } from "@/lib/db/client";
import { lockDueMails, lockStaleSends, updateMailIf, type MailRow } from "@/lib/db/queries/mail-deliveries";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { mailParams, resolveStaleSend, ringMailBell } from "./attention";
import { notificationOf } from "@/lib/i18n/staff/notification-title";
import { requeueBackoffMs } from "./states";

const BATCH = 200;
const DAY_MS = 86_400_000;

export interface MailSweepResult {
  requeued: number;
  givenUp: number;
  uncertain: number;
  /** Stale sends the embedded sink never took: released for another attempt (next sweep). */
  released: number;
  /** Stale sends the embedded sink had taken: recorded as sent. */
  settledSent: number;
}

/**
 * The mail sweep (job mail.sweep). Postgres decides, so it also covers mails whose job Redis lost:
 * - a queued or failed mail whose job had its time (`next_attempt_at` passed: the job gave up, or
 *   nothing touched the mail for MAIL_REQUEUE_AFTER_MS) is queued again through the outbox, next time
 *   after a doubling backoff;
 * - one still unsent MAIL_RETRY_DAYS after it was queued is given up: audited, the DPOs' and admins'
 *   bell rings, and staff may resend it from the request's workspace;
 * - a send claimed long ago without outcome is settled by resolveStaleSend (uncertain with a real SMTP
 *   server, never re-sent by itself).
 * Each batch is one transaction (rows locked SKIP LOCKED, so two workers' sweeps share the work).
 */
export async function sweepMail(now = new Date()): Promise<MailSweepResult> {
  const out: MailSweepResult = { requeued: 0, givenUp: 0, uncertain: 0, released: 0, settledSent: 0 };
  // Bounded per run: the next run (a minute later) goes on where this one stopped.
  for (let round = 0; round < 25; round++) {
    const batch = await db().transaction(async (tx) => {
      const rows = await lockDueMails(tx, { now, limit: BATCH });
      for (const row of rows) {
        if (await giveUpIfTooOld(tx, row, now)) out.givenUp += 1;
        else if (await requeue(tx, row, now)) out.requeued += 1;
      }
      return rows.length;
    });
    if (batch < BATCH) break;
  }
  const claimedBefore = new Date(now.getTime() - env().MAIL_STALE_CLAIM_MS);
  await db().transaction(async (tx) => {
    for (const row of await lockStaleSends(tx, { claimedBefore, limit: BATCH })) {
      const settled = await resolveStaleSend(tx, { key: row.key, claimedBefore });
      if (settled === "uncertain") out.uncertain += 1;
      if (settled === "released") out.released += 1;
      if (settled === "sent") out.settledSent += 1;
    }
  });
  return out;
}

async function giveUpIfTooOld(tx: Db, row: MailRow, now: Date): Promise<boolean> {
  // A row without its sealed message (written before mail state lived here) cannot be sent again.
  if (row.sealed && now.getTime() - row.createdAt.getTime() < env().MAIL_RETRY_DAYS * DAY_MS) return false;
  const changed = await updateMailIf(tx, {
    key: row.key,
    from: ["queued", "failed"],
    set: { status: "given_up", givenUpAt: now, nextAttemptAt: null },
  });
  if (!changed) return false;
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "mail.given_up",
    requestId: row.requestId,
    payload: {
      key: row.key,
      template: row.template,
      recipientRole: row.recipientRole,
      attempts: row.attempts,
      requeues: row.requeues,
      lastError: row.lastError,
      retryDays: env().MAIL_RETRY_DAYS,
    },
  });
  await ringMailBell(tx, {
    requestId: row.requestId,
    ...notificationOf("mail_given_up", { ...mailParams(row), days: env().MAIL_RETRY_DAYS }),
  });
  return true;
}

async function requeue(tx: Db, row: MailRow, now: Date): Promise<boolean> {
  if (!row.sealed) return false;
  const e = env();
  const wait =
    e.MAIL_REQUEUE_AFTER_MS + requeueBackoffMs(row.requeues + 1, e.MAIL_RETRY_BACKOFF_MS, e.MAIL_RETRY_MAX_BACKOFF_MS);
  const changed = await updateMailIf(tx, {
    key: row.key,
    from: ["queued", "failed"],
    set: { requeues: row.requeues + 1, nextAttemptAt: new Date(now.getTime() + wait) },
  });
  if (!changed) return false;
  await enqueueJob(tx, sendMailJob, { key: row.key, sealed: row.sealed }, { priority: row.priority });
  return true;
}
