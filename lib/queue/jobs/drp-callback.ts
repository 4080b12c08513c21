import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Posts one Data Rights Protocol status callback to the agent's `status_callback` URL (one attempt).
 * Like webhook.deliver, its retry state lives in Postgres (drp_callbacks): a failed attempt queues the
 * next one through the outbox after a backoff, so BullMQ itself tries once.
 */
export const drpCallbackJob = defineJob({
  queue: "system",
  name: "drp.callback",
  payload: z.object({ callbackId: z.string().min(1) }),
  options: { attempts: 1, removeOnComplete: 1000, removeOnFail: 5000 },
});
