import { z } from "zod";
import { defineJob } from "../define-job";

/** Scheduled: re-dispatches steps whose jobs were lost (Redis wiped) or stuck, from Postgres. */
export const FULFILMENT_RECOVER_EVERY_MS = 5 * 60_000;
export const fulfilmentRecoverJob = defineJob({
  queue: "fulfilment",
  name: "fulfilment.recover",
  payload: z.object({}).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 10_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "fulfilment-recover", repeat: { every: FULFILMENT_RECOVER_EVERY_MS } },
});
