import type { Transporter } from "nodemailer";
import { findMailWording } from "@/lib/db/queries/mail-wording";
import { unsealJson } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { devMailAcceptedAt } from "@/lib/db/queries/dev-mail";
import { readAttachment } from "@/lib/db/queries/attachments";
import { claimDelivery, markAttemptFailed, updateMailIf, type ClaimedWording } from "@/lib/db/queries/mail-deliveries";
import { env } from "@/lib/env";
import { resolveStaleSend } from "./attention";
import { sealedMailSchema, type OutgoingMail, type SealedMail } from "./outgoing";
import { isTemplateName, renderMail } from "./templates";
import { branding } from "@/lib/branding/config";
import { messageIdFor, redactMailError, requeueBackoffMs } from "./states";

export type DeliveryOutcome =
  | { sent: true; messageId: string; requestId: string | null }
  | { sent: false; skipped: "already_sent" | "uncertain" | "given_up" | "not_resendable"; messageId?: string | null };

/** Thrown while another attempt holds a fresh claim: the job retries later and then finds the outcome. */
export class MailInFlightError extends Error {}

/**
 * One attempt at one mail, exactly-once as far as this side can tell:
 * - the claim (queued|failed → sending) is checked in Postgres before every attempt, so a retried,
 *   duplicated or re-queued job never sends a mail already sent or being sent;
 * - every attempt carries the same Message-ID (derived from the key);
 * - a failed attempt is recorded (error without addresses, attempt count) and thrown, so the job's
 *   own retries run; after its last one the mail sweep re-queues it from Postgres with a growing backoff;
 * - a claim left without outcome (the process died during the SMTP conversation or before its record)
 *   is never sent again blindly: it becomes `uncertain` for staff, unless the embedded sink can say
 *   whether it took the message (see resolveStaleSend for why).
 */
export async function deliverMail(
  p: { key: string; sealed: string },
  ctx: { finalAttempt: boolean; transport: Pick<Transporter, "sendMail">; settledStale?: boolean },
): Promise<DeliveryOutcome> {
  const e = env();
  const requeueAt = new Date(Date.now() + e.MAIL_REQUEUE_AFTER_MS);
  const claim = await claimDelivery(db(), { key: p.key, sealed: p.sealed, requeueAt });
  if (claim.state === "sent") return { sent: false, skipped: "already_sent", messageId: claim.messageId };
  if (claim.state === "closed")
    return {
      sent: false,
      skipped: claim.status === "uncertain" || claim.status === "given_up" ? claim.status : "not_resendable",
    };
  if (claim.state === "in_flight") {
    const claimedBefore = new Date(Date.now() - e.MAIL_STALE_CLAIM_MS);
    if (claim.claimedAt > claimedBefore || ctx.settledStale)
      throw new MailInFlightError(`mail ${p.key} is being sent by another attempt`);
    const settled = await db().transaction((tx) => resolveStaleSend(tx, { key: p.key, claimedBefore }));
    if (settled === "uncertain") return { sent: false, skipped: "uncertain" };
    // Released (the server never took it) or settled by someone else: the claim decides again.
    if (settled === "sent") return { sent: false, skipped: "already_sent" };
    return deliverMail(p, { ...ctx, settledStale: true });
  }

  const row = claim.row;
  const messageId = messageIdFor(p.key, e.MAIL_FROM);
  try {
    const mail = await materialise(sealedMailSchema.parse(unsealJson(row.sealed ?? p.sealed)), claim);
    const info = await ctx.transport.sendMail({
      messageId,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.attachments ? { attachments: await attachedFiles(mail.attachments) } : {}),
    });
    await recordSent(p.key, info.messageId || messageId);
    return { sent: true, messageId: info.messageId || messageId, requestId: row.requestId };
  } catch (err) {
    if (err instanceof RecordError) throw err.cause;
    // A connection lost without an SMTP answer may have lost only the 250 of an accepted message. The
    // embedded sink can tell (it stores before it answers); a real server cannot be asked, and the
    // window is one round trip, so the mail is tried again with the same Message-ID (see README).
    if ((err as { responseCode?: number }).responseCode === undefined && e.SMTP_SINK_EMBEDDED) {
      const acceptedAt = await devMailAcceptedAt(db(), { messageId });
      if (acceptedAt) {
        await recordSent(p.key, messageId);
        return { sent: true, messageId, requestId: row.requestId };
      }
    }
    // The server did not accept the message (refused, unreachable, or answered an error): try again later.
    const next = ctx.finalAttempt
      ? new Date(Date.now() + requeueBackoffMs(row.requeues, e.MAIL_RETRY_BACKOFF_MS, e.MAIL_RETRY_MAX_BACKOFF_MS))
      : requeueAt;
    await markAttemptFailed(db(), { key: p.key, error: redactMailError((err as Error).message), requeueAt: next });
    throw err;
  }
}

class RecordError extends Error {}

/**
 * SMTP accepted the message: record it, retrying briefly through a database blip, because a claim left
 * without its record becomes "uncertain" and waits for a person. A row the sweep already marked uncertain
 * (a very slow send) is corrected to sent.
 */
async function recordSent(key: string, messageId: string): Promise<void> {
  const at = new Date();
  for (let i = 0; ; i++) {
    try {
      await updateMailIf(db(), {
        key,
        from: ["sending", "uncertain"],
        set: { status: "sent", messageId, acceptedAt: at, sealed: null, lastError: null, nextAttemptAt: null },
      });
      return;
    } catch (err) {
      if (i >= 4) throw new RecordError("could not record an accepted mail", { cause: err });
      await new Promise((r) => setTimeout(r, 500 * 2 ** i));
    }
  }
}

/** The thread's files a mail carries, decrypted now (never sealed into the mail row or the job). */
async function attachedFiles(a: { requestId: string; ids: string[] }) {
  const files = await Promise.all(a.ids.map((id) => readAttachment(db(), { requestId: a.requestId, id })));
  return files
    .filter((f) => f !== null)
    .map((f) => ({ filename: f.fileName, content: f.content, contentType: f.contentType }));
}

/** The message to send: as sealed, or rendered now from its template (queued by queueTemplateMail). */
async function materialise(
  sealed: SealedMail,
  claim: { row: { template: string | null }; wordings: ClaimedWording[] },
): Promise<OutgoingMail> {
  if (!("kind" in sealed)) return sealed;
  if (!isTemplateName(sealed.template)) throw new Error(`unknown mail template ${sealed.template}`);
  // The data was typed against its template when it was queued (queueTemplateMail).
  // The admin's wording of the free paragraphs as it is when the mail is sent (lib/requests/mail-wording):
  // read by the claim, unless the row does not name the template (a row created for an older job).
  const wording =
    claim.row.template === sealed.template
      ? (claim.wordings.find((w) => w.locale === sealed.locale) ?? null)
      : await findMailWording(db(), { template: sealed.template, locale: sealed.locale });
  const rendered = await renderMail(sealed.template, sealed.locale, sealed.data as never, branding(), wording);
  return { to: sealed.to, ...rendered, ...(sealed.attachments ? { attachments: sealed.attachments } : {}) };
}
