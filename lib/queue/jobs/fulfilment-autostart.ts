import { z } from "zod";
import { defineJob } from "../define-job";

/** After verification: starts the plans that need no person (direct-marketing objections). */
export const fulfilmentAutostartJob = defineJob({
  queue: "fulfilment",
  name: "fulfilment.autostart",
  payload: z.object({ requestId: z.uuid() }),
  options: { attempts: 8, backoff: { type: "exponential", delay: 3_000 }, removeOnComplete: 1000, removeOnFail: 5000 },
});
