import { createHash } from "node:crypto";

/** Where a mail stands; the row in mail_deliveries holds it (see lib/db/schema/platform.ts). */
export const MAIL_STATES = ["queued", "sending", "sent", "failed", "uncertain", "given_up"] as const;
export type MailState = (typeof MAIL_STATES)[number];

/**
 * Who a mail goes to: the subject's and their authorised agent's addresses are personal data; staff and
 * Art. 19 recipients are not.
 */
export const MAIL_RECIPIENT_ROLES = ["subject", "staff", "recipient", "agent"] as const;
export type MailRecipientRole = (typeof MAIL_RECIPIENT_ROLES)[number];

/** States staff may resend from: the mail did not (provably) leave. */
export const RESENDABLE_STATES: readonly MailState[] = ["failed", "uncertain", "given_up"];

/**
 * The sweep's wait before its n-th re-queue (n from 0): doubling from `baseMs`, capped at `maxMs`, so
 * a long SMTP outage costs a few tries an hour rather than one a minute.
 */
export function requeueBackoffMs(requeues: number, baseMs: number, maxMs: number): number {
  const exp = Math.min(Math.max(requeues, 0), 40);
  return Math.min(baseMs * 2 ** exp, maxMs);
}

/**
 * One Message-ID per mail key, the same on every attempt: a receiving server or client that de-duplicates
 * by Message-ID collapses a copy sent twice, and staff can match a delivery to the mail in a mailbox.
 */
export function messageIdFor(key: string, mailFrom: string): string {
  const domain = /@([A-Za-z0-9.-]+)/.exec(mailFrom)?.[1] ?? "localhost";
  return `<dsr-${createHash("sha256").update(key).digest("hex").slice(0, 40)}@${domain}>`;
}

/**
 * The error kept for staff, without addresses (an SMTP answer often quotes the recipient, who may be
 * the subject) and cut to a readable length.
 */
export function redactMailError(message: string): string {
  return message
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "<address>")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 500);
}
