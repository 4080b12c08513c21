import { isLiftNoticeMailKey } from "@/lib/db/queries/lift-notices";
import { advanceLiftNotices } from "@/lib/fulfilment/engine/lift-schedule";
import { deliverMail } from "@/lib/mail/deliver";
import { mailTransport } from "@/lib/mail/transport";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { handlerFor } from "../handler";

/**
 * Sends one mail at most once per key (lib/mail/deliver.ts): claimed in Postgres before every attempt,
 * its state recorded there after. The job's last failed try leaves the mail to the mail sweep.
 */
export const sendMailHandler = handlerFor(sendMailJob, async (payload, ctx) => {
  const attempts = ctx.job.opts.attempts ?? 1;
  const outcome = await deliverMail(payload, {
    finalAttempt: ctx.job.attemptsMade + 1 >= attempts,
    transport: mailTransport(),
  });
  if (!outcome.sent) return outcome;
  ctx.log.info({ key: payload.key, messageId: outcome.messageId }, "mail accepted by SMTP server");
  // A restriction lift waits on its notice: start its notice period now rather than at the next recovery
  // sweep (which remains the backstop if this fails).
  if (outcome.requestId && isLiftNoticeMailKey(outcome.requestId, payload.key))
    await advanceLiftNotices(new Date()).catch((err: Error) =>
      ctx.log.warn({ err: err.message }, "could not schedule the lift yet; the recovery sweep will"),
    );
  return outcome;
});
