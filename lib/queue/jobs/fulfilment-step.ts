import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Runs one fulfilment step against its system. Retried with backoff; after the last attempt the
 * step is marked failed and waits for a person to retry it from the workspace.
 */
export const FULFILMENT_STEP_ATTEMPTS = 4;
export const fulfilmentStepJob = defineJob({
  queue: "fulfilment",
  name: "fulfilment.step",
  payload: z.object({ taskId: z.uuid() }),
  options: {
    attempts: FULFILMENT_STEP_ATTEMPTS,
    backoff: { type: "exponential", delay: 3_000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  },
});
