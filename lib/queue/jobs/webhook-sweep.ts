import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "../define-job";

/**
 * Scheduled: re-queues from Postgres every webhook delivery due for an attempt whose job did not run
 * (Redis lost it, a worker died mid-send), and gives up deliveries older than WEBHOOK_RETRY_HOURS.
 */
export const webhookSweepJob = defineJob({
  queue: "system",
  name: "webhook.sweep",
  payload: z.object({}).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "webhook-sweep", repeat: () => ({ every: env().WEBHOOK_SWEEP_EVERY_MS }) },
});
