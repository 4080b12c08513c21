import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Sends one webhook delivery (one HTTP attempt). Its retry state lives in Postgres
 * (webhook_deliveries): a failed attempt schedules the next one through the outbox, and the webhook
 * sweep re-queues what Redis lost, so BullMQ itself tries once.
 */
export const webhookDeliverJob = defineJob({
  queue: "system",
  name: "webhook.deliver",
  payload: z.object({ deliveryId: z.string().min(1) }),
  options: { attempts: 1, removeOnComplete: 1000, removeOnFail: 5000 },
});
