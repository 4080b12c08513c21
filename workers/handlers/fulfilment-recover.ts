import { pruneCallbackNonces } from "@/lib/fulfilment/engine/accept-webhook-callback";
import { db } from "@/lib/db/client";
import { recoverSteps } from "@/lib/fulfilment/engine/recover-steps";
import { fulfilmentRecoverJob } from "@/lib/queue/jobs/fulfilment-recover";
import { handlerFor } from "../handler";

// Also forgets callback signatures older than the replay window (they can no longer be replayed anyway).
export const fulfilmentRecoverHandler = handlerFor(fulfilmentRecoverJob, async () => ({
  ...(await recoverSteps()),
  noncesPruned: await pruneCallbackNonces(db()),
}));
