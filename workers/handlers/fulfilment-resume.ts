import { resumeStoppedSteps } from "@/lib/fulfilment/engine/resume-stopped-steps";
import { fulfilmentResumeJob } from "@/lib/queue/jobs/fulfilment-resume";
import { handlerFor } from "../handler";

// Idempotent: only steps still marked as stopped are put back, under the request's row lock.
export const fulfilmentResumeHandler = handlerFor(fulfilmentResumeJob, (payload) =>
  resumeStoppedSteps(payload.requestId),
);
