import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "@/lib/env";

let transport: Transporter | undefined;

/**
 * One SMTP transport per process, pooled: a few connections kept open and reused for many messages (as
 * many as the mail queue's concurrency), instead of a connection, greeting and (with TLS) a handshake per
 * mail. A connection the server closed is opened again for the next message.
 */
export function mailTransport(): Transporter {
  transport ??= nodemailer.createTransport(
    // `url` is read by the pool like a URL given alone (its query can still set any option).
    { url: env().SMTP_URL, pool: true, maxConnections: MAIL_CONCURRENCY, maxMessages: 500 } as SMTPPool.Options,
    // Bodies in base64: building a 16 kB verification mail took 1.83 ms of CPU in quoted-printable (nodemailer
    // encodes it in JavaScript, after scanning the text to choose) and 0.70 ms in base64, which every mail
    // reader decodes alike (RFC 2045).
    { from: env().MAIL_FROM, textEncoding: "base64" },
  );
  return transport;
}

/** Mails sent at once per workers process (the mail queue's BullMQ concurrency). */
export const MAIL_CONCURRENCY = 5;
