import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "../define-job";

/**
 * Scheduled: re-queues from Postgres every mail not sent after its job gave up or was lost with Redis
 * (growing backoff, for MAIL_RETRY_DAYS), then gives up and rings the bell; marks sends that died
 * mid-way as uncertain.
 */
export const mailSweepJob = defineJob({
  queue: "mail",
  name: "mail.sweep",
  payload: z.object({}).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "mail-sweep", repeat: () => ({ every: env().MAIL_SWEEP_EVERY_MS }) },
});
