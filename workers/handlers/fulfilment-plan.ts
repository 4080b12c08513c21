import { planFulfilment } from "@/lib/fulfilment/engine/plan-fulfilment";
import { fulfilmentPlanJob } from "@/lib/queue/jobs/fulfilment-plan";
import { handlerFor } from "../handler";

// Idempotent: planning runs under the request's row lock and writes nothing for a request already planned.
export const fulfilmentPlanHandler = handlerFor(fulfilmentPlanJob, (payload) => planFulfilment(payload.requestId));
