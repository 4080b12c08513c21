import { deliverDrpCallback } from "@/lib/integrations/drp/deliver-callback";
import { drpCallbackJob } from "@/lib/queue/jobs/drp-callback";
import { handlerFor } from "../handler";

export const drpCallbackHandler = handlerFor(drpCallbackJob, async ({ callbackId }) => deliverDrpCallback(callbackId));
