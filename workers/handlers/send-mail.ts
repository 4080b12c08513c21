import { unsealJson } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { claimDelivery, markDelivered, releaseDelivery } from "@/lib/db/queries/mail-deliveries";
import { outgoingMailSchema } from "@/lib/mail/outgoing";
import { mailTransport } from "@/lib/mail/transport";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { handlerFor } from "../handler";

/**
 * Sends one mail at most once per key: the key is claimed in Postgres before sending, so a retried
 * or duplicated job finds the claim (or the accepted delivery) and does not send again.
 */
export const sendMailHandler = handlerFor(sendMailJob, async (payload, ctx) => {
  const claim = await claimDelivery(db(), { key: payload.key });
  if (claim.state === "sent") return { skipped: true, messageId: claim.messageId };
  // Another job holds the claim: fail so BullMQ retries later and then sees the delivery.
  if (claim.state === "in_flight") throw new Error(`mail ${payload.key} is being sent by another job`);

  const mail = outgoingMailSchema.parse(unsealJson(payload.sealed));
  let messageId: string;
  try {
    const info = await mailTransport().sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    messageId = info.messageId;
  } catch (err) {
    await releaseDelivery(db(), { key: payload.key });
    throw err;
  }
  await markDelivered(db(), { key: payload.key, messageId });
  ctx.log.info({ key: payload.key, messageId }, "mail accepted by SMTP server");
  return { messageId };
});
