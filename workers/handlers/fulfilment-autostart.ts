import { autostartRequest } from "@/lib/fulfilment/engine/autostart";
import { fulfilmentAutostartJob } from "@/lib/queue/jobs/fulfilment-autostart";
import { handlerFor } from "../handler";

// Idempotent: only a request still `new` is started.
export const fulfilmentAutostartHandler = handlerFor(fulfilmentAutostartJob, (payload) =>
  autostartRequest(payload.requestId),
);
