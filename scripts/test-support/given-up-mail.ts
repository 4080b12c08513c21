import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/queue-mail";

/**
 * A mail of the request that failed for days and was given up (its tries happened before the test): queued,
 * its job marked relayed and its row given up in one transaction, so no worker ever tries it. Returns its key.
 */
export async function givenUpMail(
  requestId: string,
  to: string,
  mail: { template: string; subject: string; text: string } = {
    template: "staff_message",
    subject: "Your request: a message from our team",
    text: "Hello",
  },
): Promise<string> {
  const key = `given-up-${mail.template}-${randomBytes(6).toString("hex")}`;
  await db().transaction(async (tx) => {
    await queueMail(
      tx,
      key,
      { to, subject: mail.subject, text: mail.text },
      { requestId, template: mail.template, recipientRole: "subject" },
    );
    await tx.execute(sql`update outbox set relayed_at = now() where relayed_at is null and payload->>'key' = ${key}`);
    await tx.execute(sql`update mail_deliveries set status = 'given_up', attempts = 14, requeues = 6,
      last_error = 'Invalid greeting. response=421 Service not available', last_attempt_at = now() - interval '2 hours',
      given_up_at = now(), next_attempt_at = null where key = ${key}`);
  });
  return key;
}
