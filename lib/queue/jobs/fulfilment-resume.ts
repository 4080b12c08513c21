import { z } from "zod";
import { defineJob } from "../define-job";

/** After a reopen: puts back in line the steps a refusal or withdrawal stopped (idempotent). */
export const fulfilmentResumeJob = defineJob({
  queue: "fulfilment",
  name: "fulfilment.resume",
  payload: z.object({ requestId: z.uuid() }),
  options: { attempts: 10, backoff: { type: "exponential", delay: 2_000 }, removeOnComplete: 1000, removeOnFail: 5000 },
});
