import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Sends one mail. `key` is the idempotency key: once the SMTP server accepted a message for a key,
 * a retried job does not send it again. Addresses and bodies never travel through Redis in clear:
 * the outbox payload carries the encrypted message, the handler decrypts it.
 */
export const sendMailJob = defineJob({
  queue: "mail",
  name: "mail.send",
  payload: z.object({
    key: z.string().min(1),
    sealed: z.string().min(1),
  }),
  options: { attempts: 8, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 1000, removeOnFail: 5000 },
});
