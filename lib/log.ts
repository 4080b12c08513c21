import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

/**
 * Logger for web, workers and scripts. Readable in development, JSON lines in production.
 * Subject data must never be logged: callers log ids and references only, and the redact list
 * is a safety net for the field names that carry personal data.
 * Reads LOG_LEVEL/LOG_FORMAT from process.env directly (not lib/env): scripts log before the rest of
 * the environment exists.
 */
const REDACT = [
  "email",
  "*.email",
  "fullName",
  "*.fullName",
  "name",
  "*.name",
  "details",
  "*.details",
  "accountReference",
  "*.accountReference",
  "body",
  "*.body",
  "password",
  "*.password",
  "token",
  "*.token",
  "code",
  "*.code",
  "to",
  "*.to",
  "text",
  "*.text",
  "html",
  "*.html",
];

function build(): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info");
  const options = { level, redact: { paths: REDACT, censor: "[redacted]" }, base: { pid: process.pid } };
  const json = process.env.NODE_ENV === "production" && process.env.LOG_FORMAT !== "pretty";
  if (json) return pino(options);
  return pino(options, pretty({ sync: true, colorize: process.stdout.isTTY, ignore: "pid,hostname" }));
}

export const log: Logger = build();

export function childLogger(component: string): Logger {
  return log.child({ component });
}
