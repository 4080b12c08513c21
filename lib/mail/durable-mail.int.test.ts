import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { env } from "@/lib/env";
import { mailRow, smtpOutage, waitForMailRow } from "@/scripts/test-support/smtp-outage";
import { resolveStaleSend } from "./attention";
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

  it("settles a send that died without a record from the sink: sent once, never twice", async () => {
    // The embedded sink is the server here, so it can say whether it took the message.
    expect(env().SMTP_SINK_EMBEDDED).toBe(true);
    const died = async (what: string) => {
      const m = fresh(what);
      await db().transaction(async (tx) => {
        await queueMail(tx, m.key, { to: m.to, subject: `Died ${what}`, text: "Body" });
        await tx.execute(
          sql`update outbox set relayed_at = now() where relayed_at is null and payload->>'key' = ${m.key}`,
        );
      });
      return m;
    };
    const claimedLongAgo = (key: string) =>
      db().execute(
        sql`update mail_deliveries set status = 'sending', attempts = 1, claimed_at = now() - interval '1 hour' where key = ${key}`,
      );

    // Killed before the server took it: released, sent by the next try.
    const before = await died("before-accept");
    await claimedLongAgo(before.key);
    const resent = await waitForMailRow(before.key, (r) => r.status === "sent", "the released mail to be sent");
    expect(resent.attempts).toBe(2);

    // Killed after the server took it (the sink has the copy, with the mail's Message-ID): recorded, not re-sent.
    const after = await died("after-accept");
    await nodemailer.createTransport(env().SMTP_URL).sendMail({
      from: env().MAIL_FROM,
      to: after.to,
      subject: "Died after-accept",
      text: "Body",
      messageId: messageIdFor(after.key, env().MAIL_FROM),
    });
    await claimedLongAgo(after.key);
    const recorded = await waitForMailRow(after.key, (r) => r.status === "sent", "the accepted mail to be recorded");
    expect(recorded.attempts).toBe(1);

    await twoSweeps();
    expect(await listDevMail(db(), { to: before.to })).toHaveLength(1);
    expect(await listDevMail(db(), { to: after.to })).toHaveLength(1);
  }, 90_000);

  it("with a real SMTP server, a send that died without a record becomes uncertain, for a person", async () => {
    const { to, key } = fresh("crash");
    await db().transaction(async (tx) => {
      await queueMail(tx, key, { to, subject: "Maybe sent", text: "Body" });
      await tx.execute(sql`update outbox set relayed_at = now() where relayed_at is null and payload->>'key' = ${key}`);
    });
    const settled = await db().transaction(async (tx) => {
      await tx.execute(
        sql`update mail_deliveries set status = 'sending', attempts = 1, claimed_at = now() - interval '1 hour' where key = ${key}`,
      );
      return resolveStaleSend(tx, { key, claimedBefore: new Date(Date.now() - 60_000), sinkProbe: false });
    });
    expect(settled).toBe("uncertain");
    const uncertain = (await mailRow(key))!;
    expect(uncertain).toMatchObject({ status: "uncertain", acceptedAt: null });
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
