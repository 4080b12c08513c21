import { z } from "zod";
import { defineJob } from "../define-job";

/** After work started: writes the request's fulfilment steps and queues the first advance (idempotent). */
export const fulfilmentPlanJob = defineJob({
  queue: "fulfilment",
  name: "fulfilment.plan",
  payload: z.object({ requestId: z.uuid() }),
  options: { attempts: 10, backoff: { type: "exponential", delay: 2_000 }, removeOnComplete: 1000, removeOnFail: 5000 },
});
