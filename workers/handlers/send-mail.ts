import { eq } from "drizzle-orm";
import { unsealJson } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { mailDeliveries } from "@/lib/db/schema";
import { outgoingMailSchema } from "@/lib/mail/outgoing";
import { mailTransport } from "@/lib/mail/transport";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { handlerFor } from "../handler";

/**
 * Sends one mail at most once per key: a delivery row is written as soon as the SMTP server
 * accepted the message, and a retried or duplicated job finds it and stops.
 */
export const sendMailHandler = handlerFor(sendMailJob, async (payload, ctx) => {
  const [done] = await db().select().from(mailDeliveries).where(eq(mailDeliveries.key, payload.key)).limit(1);
  if (done) return { skipped: true, messageId: done.messageId };

  const mail = outgoingMailSchema.parse(unsealJson(payload.sealed));
  const info = await mailTransport().sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  await db().insert(mailDeliveries).values({ key: payload.key, messageId: info.messageId }).onConflictDoNothing();
  ctx.log.info({ key: payload.key, messageId: info.messageId }, "mail accepted by SMTP server");
  return { messageId: info.messageId };
});
