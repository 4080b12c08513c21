import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { env } from "@/lib/env";

let transport: Transporter | undefined;

/**
 * One SMTP transport per process, pooled: a few connections kept open and reused for many messages (as
 * many as the mail queue's concurrency), instead of a connection, greeting and (with TLS) a handshake per
 * mail. A connection the server closed is opened again for the next message. The URL is parsed here:
 * given as `url`, nodemailer reads the URL alone and drops every other option — until 2 Dec 2026 the pool
 * was never on, and each mail opened its own connection (148 ms a mail against the embedded sink, 3 ms
 * pooled with TCP_NODELAY). The URL's query still sets any option (it wins over these).
 */
export function mailTransport(): Transporter {
  transport ??= createMailTransport(env().SMTP_URL, env().MAIL_FROM);
  return transport;
}

/** The transport mailTransport keeps, for a given server and sender (tests start their own server). */
export function createMailTransport(url: string, from: string): Transporter {
  return nodemailer.createTransport(
    {
      pool: true,
      maxConnections: MAIL_CONCURRENCY,
      maxMessages: 500,
      // A connection lost mid-message fails that attempt instead of nodemailer sending it again by itself
      // (its default, without limit): deliverMail decides, with the claim and the same Message-ID.
      maxRequeues: 0,
      getSocket: unbufferedSocket,
      ...parseConnectionUrl(url),
    } as SMTPPool.Options,
    // Bodies in base64: building a 16 kB verification mail took 1.83 ms of CPU in quoted-printable (nodemailer
    // encodes it in JavaScript, after scanning the text to choose) and 0.70 ms in base64, which every mail
    // reader decodes alike (RFC 2045).
    { from, textEncoding: "base64" },
  );
}

/**
 * Each pooled connection's socket with Nagle's algorithm off (TCP_NODELAY). nodemailer writes a message's
 * body in several writes and then waits for the server's answer: with Nagle on, the last small write is
 * held until the server acknowledges the one before, which the server delays (40 ms on Linux) — so every
 * message waited for that timer (measured on 2 Dec 2026 against the embedded sink, 40 messages one after
 * another on one connection: 47.9 ms median per message with Nagle, 4.4 ms without). The socket is
 * connected here because nodemailer's pool only takes a connected one (`connection`); nodemailer then
 * talks SMTP on it as on its own (STARTTLS included). Implicit TLS (smtps://, or port 465 without
 * `secure`) keeps nodemailer's own socket.
 */
export function unbufferedSocket(
  options: {
    host?: string;
    port?: number | string;
    secure?: boolean;
    connectionTimeout?: number;
    localAddress?: string;
  },
  callback: (err: Error | null, socketOptions?: { connection: net.Socket } | false) => void,
): void {
  const port = Number(options.port) || 587;
  if (options.secure || (options.secure === undefined && port === 465)) return callback(null, false);
  const socket = net.connect({ host: options.host || "localhost", port, localAddress: options.localAddress });
  socket.setNoDelay(true);
  const timer = setTimeout(
    () => socket.destroy(Object.assign(new Error("Connection timeout"), { code: "ETIMEDOUT" })),
    options.connectionTimeout || 120_000,
  );
  const failed = (err: Error) => {
    clearTimeout(timer);
    callback(err);
  };
  socket.once("error", failed);
  socket.once("connect", () => {
    clearTimeout(timer);
    socket.off("error", failed);
    callback(null, { connection: socket });
  });
}

/** Mails sent at once per workers process (the mail queue's BullMQ concurrency). */
export const MAIL_CONCURRENCY = 5;
