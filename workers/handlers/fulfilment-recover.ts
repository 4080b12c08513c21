import { recoverSteps } from "@/lib/fulfilment/engine/recover-steps";
import { fulfilmentRecoverJob } from "@/lib/queue/jobs/fulfilment-recover";
import { handlerFor } from "../handler";

export const fulfilmentRecoverHandler = handlerFor(fulfilmentRecoverJob, () => recoverSteps());
