import { runStep } from "@/lib/fulfilment/engine/run-step";
import { FULFILMENT_STEP_ATTEMPTS, fulfilmentStepJob } from "@/lib/queue/jobs/fulfilment-step";
import { handlerFor } from "../handler";

// Idempotent: only a step still marked running is run, under a per-step advisory lock.
export const fulfilmentStepHandler = handlerFor(fulfilmentStepJob, (payload, { job }) =>
  runStep(payload.taskId, {
    attempt: job.attemptsMade + 1,
    maxAttempts: job.opts.attempts ?? FULFILMENT_STEP_ATTEMPTS,
  }),
);
