import type { JobsOptions } from "bullmq";
import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "../define-job";

/**
 * BullMQ priorities of mail jobs (lower goes first): someone waiting at a screen for a code or a link
 * (verification, lost link, download code, staff password reset) before ordinary notices, and those
 * before bulk (a CSV import's verification mails). Every mail job carries one: BullMQ runs jobs without
 * a priority before all prioritised ones. Kept in the mail's row too, so the mail sweep re-queues it
 * with the same priority.
 */
export const MAIL_PRIORITY = { interactive: 1, normal: 5, bulk: 10 } as const;
export type MailPriority = keyof typeof MAIL_PRIORITY;

/**
 * Sends one mail. `key` is the idempotency key: once the SMTP server accepted a message for a key,
 * a retried job does not send it again. Addresses and bodies never travel through Redis in clear:
 * the outbox payload carries the encrypted message, the handler decrypts it. Its tries and their
 * backoff come from the environment (MAIL_JOB_ATTEMPTS, MAIL_JOB_BACKOFF_MS); after the last one the
 * mail sweep (mail.sweep) takes over from Postgres.
 */
export const sendMailJob = defineJob({
  queue: "mail",
  name: "mail.send",
  payload: z.object({
    key: z.string().min(1),
    sealed: z.string().min(1),
  }),
  get options(): JobsOptions {
    return {
      attempts: env().MAIL_JOB_ATTEMPTS,
      backoff: { type: "exponential", delay: env().MAIL_JOB_BACKOFF_MS },
      removeOnComplete: 1000,
      removeOnFail: 5000,
      priority: MAIL_PRIORITY.normal,
    };
  },
});
