import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { env } from "@/lib/env";
import { mailRow, smtpOutage, waitForMailRow } from "@/scripts/test-support/smtp-outage";
import { queueMail } from "./queue-mail";
import { messageIdFor } from "./states";

/*
 * Durable mail against the running instance's workers and its real SMTP sink (issue 17, item 2). The
 * instance runs with the short timings of scripts/test-support/mail-env.ts (3 tries a job, sweep every 2 s).
 */

let outage: { restore: () => void } | undefined;
afterEach(() => outage?.restore());
afterAll(() => closeDb());

const fresh = (what: string) => ({
  to: `${what}.${randomBytes(4).toString("hex")}@example.org`,
  key: `test-${what}-${randomBytes(6).toString("hex")}`,
});

/** Sweeps run every MAIL_SWEEP_EVERY_MS: wait through two and check nothing more arrived. */
const twoSweeps = () => new Promise((r) => setTimeout(r, 2 * env().MAIL_SWEEP_EVERY_MS + 1_000));

describe("durable mail", () => {
  it("survives an SMTP outage longer than the job's tries: the sweep sends it once when the server is back", async () => {
    const { to, key } = fresh("outage");
    outage = smtpOutage();
    await db().transaction((tx) => queueMail(tx, key, { to, subject: "Sent after the outage", text: "Body" }));

    // The job's own tries all fail, then the sweep queues it again (and that try fails too).
    const failing = await waitForMailRow(
      key,
      (r) => r.status === "failed" && r.requeues >= 1 && r.attempts > env().MAIL_JOB_ATTEMPTS,
      "the sweep to re-queue the mail after its job gave up",
    );
    expect(failing.lastError).toMatch(/421|not available/i);
    expect(failing.lastError).not.toContain(to);
    expect(failing.acceptedAt).toBeNull();
    expect(await listDevMail(db(), { to })).toHaveLength(0);

    outage.restore();
    const sent = await waitForMailRow(key, (r) => r.status === "sent", "the mail to be sent after the outage");
    expect(sent.acceptedAt).toBeInstanceOf(Date);
    expect(sent.messageId).toBe(messageIdFor(key, env().MAIL_FROM));
    expect(sent.sealed).toBeNull();
    expect(sent.lastError).toBeNull();

    await twoSweeps();
    const mails = await listDevMail(db(), { to });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Sent after the outage");
    expect((await mailRow(key))!.status).toBe("sent");
  }, 90_000);

  it("sends from Postgres a mail whose job Redis lost (outbox row relayed, no job)", async () => {
    const { to, key } = fresh("lost");
    await db().transaction(async (tx) => {
      await queueMail(tx, key, { to, subject: "Lost with Redis", text: "Body" });
      // As if the relay had handed the job to a Redis that then lost it: no job will ever run.
      await tx.execute(sql`update outbox set relayed_at = now() where relayed_at is null and payload->>'key' = ${key}`);
    });
    const queued = await mailRow(key);
    expect(queued).toMatchObject({ status: "queued", attempts: 0 });

    const sent = await waitForMailRow(key, (r) => r.status === "sent", "the sweep to send the lost mail", 40_000);
    expect(sent.requeues).toBe(1);
    expect(sent.attempts).toBe(1);
    await twoSweeps();
    expect(await listDevMail(db(), { to })).toHaveLength(1);
  }, 90_000);

  it("never sends twice a mail whose send died without a record: it becomes uncertain, for a person", async () => {
    const { to, key } = fresh("crash");
    await db().transaction(async (tx) => {
      await queueMail(tx, key, { to, subject: "Maybe sent", text: "Body" });
      await tx.execute(sql`update outbox set relayed_at = now() where relayed_at is null and payload->>'key' = ${key}`);
    });
    // A worker claimed it and was killed between the SMTP accept and its record (the sink has the copy).
    await db().execute(
      sql`update mail_deliveries set status = 'sending', attempts = 1, claimed_at = now() - interval '1 hour' where key = ${key}`,
    );
    const uncertain = await waitForMailRow(key, (r) => r.status === "uncertain", "the sweep to mark it uncertain");
    expect(uncertain.acceptedAt).toBeNull();
    const [audit] = (
      await db().execute<{ action: string }>(
        sql`select action from audit_log where action = 'mail.uncertain' and payload->>'key' = ${key}`,
      )
    ).rows;
    expect(audit?.action).toBe("mail.uncertain");
    await twoSweeps();
    expect(await listDevMail(db(), { to })).toHaveLength(0);
    expect((await mailRow(key))!.status).toBe("uncertain");
  }, 90_000);
});
