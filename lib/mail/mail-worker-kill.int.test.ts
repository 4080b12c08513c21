import { randomBytes } from "node:crypto";
import { desc } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { workerHeartbeats } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { mailRow, slowSmtpAccept, waitForMailRow } from "@/scripts/test-support/smtp-outage";
import { waitFor } from "@/scripts/test-support/wait-for";
import { queueMail } from "./queue-mail";
import { messageIdFor } from "./states";

/*
 * Issue 17, item 8 (mail): the workers process is SIGKILLed after the SMTP server stored the message
 * and before the worker could record it (the sink holds its 250 meanwhile). The supervisor restarts the
 * workers; the job comes back; the mail must reach the person once, and its row must say sent.
 */

let slow: { restore: () => void } | undefined;
afterEach(() => slow?.restore());
afterAll(() => closeDb());

async function currentWorkersPid(): Promise<number> {
  const [beat] = await db().select().from(workerHeartbeats).orderBy(desc(workerHeartbeats.beatAt)).limit(1);
  return beat!.pid;
}

describe("a worker killed between the SMTP accept and its record", () => {
  it("leaves one copy with the person and the mail recorded as sent", async () => {
    const to = `killed.${randomBytes(4).toString("hex")}@example.org`;
    const key = `test-kill-${randomBytes(6).toString("hex")}`;
    const victim = await currentWorkersPid();
    slow = slowSmtpAccept(5_000);
    await db().transaction((tx) => queueMail(tx, key, { to, subject: "Sent across a kill", text: "Body" }));

    // The sink has stored it and holds its answer: the worker is inside the SMTP conversation.
    await waitFor(
      async () => ((await listDevMail(db(), { to })).length > 0 ? true : undefined),
      20_000,
      "the sink",
      20,
    );
    expect((await mailRow(key))!.status).toBe("sending");
    process.kill(victim, "SIGKILL");
    slow.restore();
    await waitFor(
      async () => ((await currentWorkersPid()) !== victim ? true : undefined),
      60_000,
      "a new workers process",
    );

    const sent = await waitForMailRow(key, (r) => r.status === "sent", "the mail recorded as sent", 90_000);
    expect(sent.messageId).toBe(messageIdFor(key, env().MAIL_FROM));
    expect(sent.attempts).toBe(1);
    await new Promise((r) => setTimeout(r, 2 * env().MAIL_SWEEP_EVERY_MS + 1_000));
    expect(await listDevMail(db(), { to })).toHaveLength(1);
  }, 180_000);
});
