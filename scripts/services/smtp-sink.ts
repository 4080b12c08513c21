import { createHash } from "node:crypto";
import fs from "node:fs";
import PostalMime from "postal-mime";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { assertPortFree } from "./ports";
import type { RunningService, ServiceLog } from "./types";

/**
 * An SMTP server that accepts every message and stores it in the dev_mail_messages table, which the
 * dev mailbox page and GET /api/dev/mailbox read. nodemailer talks real SMTP to it.
 */
export async function startSmtpSink(opts: {
  port: number;
  databaseUrl: string;
  log: ServiceLog;
  /** While this file exists the sink answers every connection and every message 421 (an SMTP outage, for the tests). */
  outageFile?: string;
  /**
   * While this file exists the sink stores each message, then waits the number of milliseconds the file
   * holds before it answers 250 (a window to kill the sender between the accept and its record, for tests).
   */
  slowAcceptFile?: string;
}): Promise<RunningService> {
  await assertPortFree(opts.port, "embedded SMTP sink", "SMTP_SINK_PORT");
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 2 });
  pool.on("error", () => undefined);

  const outage = () =>
    opts.outageFile && fs.existsSync(opts.outageFile)
      ? Object.assign(new Error("Service not available (dev sink outage switch)"), { responseCode: 421 })
      : undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    size: 20 * 1024 * 1024,
    banner: "dsr dev mail sink",
    logger: false,
    // The sender is on this machine: no reverse DNS look-up of its address per connection.
    disableReverseLookup: true,
    onConnect(_session, callback) {
      callback(outage());
    },
    // Checked per message too: a sender keeps its connections open (pooled), and an outage must reach them.
    onMailFrom(_address, _session, callback) {
      callback(outage());
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        try {
          const parsed = await PostalMime.parse(Buffer.concat(chunks));
          const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : (parsed.from?.address ?? "");
          // Files as received, so a test can compare their bytes with what was attached.
          const files = (parsed.attachments ?? []).map((a) => {
            const bytes =
              typeof a.content === "string"
                ? Buffer.from(a.content, "base64")
                : a.content instanceof Uint8Array
                  ? Buffer.from(a.content)
                  : Buffer.from(a.content);
            return {
              filename: a.filename ?? null,
              contentType: a.mimeType,
              bytes: bytes.length,
              sha256: createHash("sha256").update(bytes).digest("hex"),
              base64: bytes.toString("base64"),
            };
          });
          await pool.query(
            "insert into dev_mail_messages (recipients, from_address, subject, text, html, message_id, attachments) values ($1, $2, $3, $4, $5, $6, $7)",
            [
              recipients,
              from,
              parsed.subject ?? "",
              parsed.text ?? "",
              parsed.html ?? null,
              parsed.messageId ?? null,
              files.length > 0 ? JSON.stringify(files) : null,
            ],
          );
          const hold = opts.slowAcceptFile ? holdMs(opts.slowAcceptFile) : 0;
          if (hold > 0) await new Promise((r) => setTimeout(r, hold));
          callback();
        } catch (err) {
          opts.log(`mail sink could not store a message: ${(err as Error).message}`);
          callback(new Error("could not store message"));
        }
      });
    },
  });
  server.on("error", (err) => opts.log(`mail sink error: ${err.message}`));
  await new Promise<void>((resolve) => server.listen(opts.port, "127.0.0.1", () => resolve()));

  return {
    url: `smtp://127.0.0.1:${opts.port}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

function holdMs(file: string): number {
  try {
    return Math.min(Number(fs.readFileSync(file, "utf8").trim()) || 0, 60_000);
  } catch {
    return 0;
  }
}
