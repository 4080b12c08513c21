import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockRequestMail, updateMailIf } from "@/lib/db/queries/mail-deliveries";
import { DomainError } from "@/lib/domain/errors";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { RESENDABLE_STATES, type MailState } from "./states";
import { detail } from "@/lib/domain/error-details";

export const resendMailInput = z.object({
  requestId: z.uuid(),
  key: z.string().min(1).max(300),
});
export type ResendMailInput = z.infer<typeof resendMailInput>;

/**
 * Staff send again a mail of a request that failed, was given up, or is uncertain (the person may
 * then get a second copy: the workspace says so). Scoped by the request in the WHERE; the state
 * change, its audit entry and the job are one transaction.
 */
export async function resendMail(
  staffId: string,
  input: ResendMailInput,
): Promise<{ key: string; previous: MailState }> {
  return db().transaction(async (tx) => {
    const row = await lockRequestMail(tx, input);
    if (!row) throw new DomainError("not_found", detail("admin.mail_not_found"));
    const previous = row.status as MailState;
    if (previous === "sent") throw new DomainError("conflict", detail("admin.mail_sent_already"));
    if (!RESENDABLE_STATES.includes(previous)) throw new DomainError("conflict", detail("admin.mail_still_sending"));
    if (!row.sealed) throw new DomainError("conflict", detail("admin.mail_too_old_to_resend"));
    await updateMailIf(tx, {
      key: row.key,
      from: RESENDABLE_STATES,
      set: {
        status: "queued",
        givenUpAt: null,
        requeues: row.requeues + 1,
        nextAttemptAt: new Date(Date.now() + env().MAIL_REQUEUE_AFTER_MS),
      },
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "mail.resent",
      requestId: input.requestId,
      payload: {
        key: row.key,
        template: row.template,
        recipientRole: row.recipientRole,
        previousStatus: previous,
        attempts: row.attempts,
        lastError: row.lastError,
      },
    });
    await enqueueJob(tx, sendMailJob, { key: row.key, sealed: row.sealed }, { priority: row.priority });
    return { key: row.key, previous };
  });
}
