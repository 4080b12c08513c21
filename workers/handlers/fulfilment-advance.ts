import { advanceRequest } from "@/lib/fulfilment/engine/advance";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { handlerFor } from "../handler";

// Idempotent: decisions come from the steps' statuses under the request's row lock.
export const fulfilmentAdvanceHandler = handlerFor(fulfilmentAdvanceJob, (payload) =>
  advanceRequest(payload.requestId),
);
