import { z } from "zod";
import { defineJob } from "../define-job";

/** Looks at a request's persisted steps and dispatches what can run next (idempotent: state is in Postgres). */
export const fulfilmentAdvanceJob = defineJob({
  queue: "fulfilment",
  name: "fulfilment.advance",
  payload: z.object({ requestId: z.uuid() }),
  options: { attempts: 10, backoff: { type: "exponential", delay: 2_000 }, removeOnComplete: 1000, removeOnFail: 5000 },
});
