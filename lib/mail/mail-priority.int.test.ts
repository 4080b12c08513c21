import { randomBytes } from "node:crypto";
import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { devMailMessages, mailDeliveries, outbox } from "@/lib/db/schema";
import { MAIL_PRIORITY } from "@/lib/queue/jobs/send-mail";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { slowSmtpAccept } from "@/scripts/test-support/smtp-outage";
import { waitFor } from "@/scripts/test-support/wait-for";
import { queueMail } from "./queue-mail";

/*
 * Against the running instance's workers and SMTP sink: a verification code filed behind 300 bulk mails
 * (a CSV import's worth) is sent before most of them. The sink holds each 250 for 40 ms, so the 300 take a
 * few seconds to drain through the mail worker's 5 slots and the order is decided by the queue, not luck.
 */

const tag = randomBytes(4).toString("hex");
let slow: { restore: () => void } | undefined;
afterEach(() => slow?.restore());
afterAll(() => closeDb());

const BULK = 300;

describe("mail priorities", () => {
  it("sends a portal verification code before most of 300 bulk mails queued ahead of it", async () => {
    slow = slowSmtpAccept(40);
    await db().transaction(async (tx) => {
      for (let i = 0; i < BULK; i++)
        await queueMail(
          tx,
          `prio-${tag}-${i}`,
          { to: `bulk-${i}.${tag}@example.org`, subject: `Bulk ${i}`, text: "Bulk mail" },
          { priority: "bulk" },
        );
    });
    const [row] = await db()
      .select()
      .from(mailDeliveries)
      .where(eq(mailDeliveries.key, `prio-${tag}-0`));
    expect(row!.priority).toBe(MAIL_PRIORITY.bulk);

    // Every bulk job is in Redis and the first ones are on their way out before the code is even asked for.
    const bulkSent = () =>
      db()
        .select({ n: sql<number>`count(*)::int` })
        .from(devMailMessages)
        .where(like(sql`${devMailMessages.recipients}[1]`, `bulk-%.${tag}@example.org`))
        .then((r) => r[0]!.n);
    await waitFor(
      async () => {
        const left = await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(outbox)
          .where(and(sql`${outbox.payload}->>'key' like ${`prio-${tag}-%`}`, sql`${outbox.relayedAt} is null`));
        return left[0]!.n === 0 && (await bulkSent()) > 0 ? true : undefined;
      },
      30_000,
      "the bulk mails relayed and the first sent",
    );

    const to = `code.${tag}@example.org`;
    const filed = await submitRequest(
      { type: "access", email: to, fullName: "Waiting For A Code", locale: "en", jurisdiction: "FR" },
      { channel: "portal", actor: { type: "subject" } },
    );
    const [verification] = await db()
      .select()
      .from(mailDeliveries)
      .where(eq(mailDeliveries.key, `verification-${filed.id}-1`));
    expect(verification!.priority).toBe(MAIL_PRIORITY.interactive);

    const code = await waitForMail(to, undefined, 60_000);
    const before = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(devMailMessages)
      .where(
        and(
          like(sql`${devMailMessages.recipients}[1]`, `bulk-%.${tag}@example.org`),
          sql`${devMailMessages.receivedAt} < ${code.receivedAt.toISOString()}::timestamptz`,
        ),
      );
    // First come, first served would put it after all 300; with priorities only the mails already taken
    // by the worker's slots (and those sent while the code's job was relayed) go before it.
    console.log(`bulk mails sent before the code: ${before[0]!.n} of ${BULK}`);
    expect(before[0]!.n).toBeLessThan(BULK / 3);
    slow.restore();
    await waitFor(async () => ((await bulkSent()) >= BULK ? true : undefined), 60_000, "the bulk mails to drain");
  }, 150_000);
});
