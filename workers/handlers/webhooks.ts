import { sweepDrpCallbacks } from "@/lib/integrations/drp/deliver-callback";
import { deliverWebhook } from "@/lib/integrations/webhooks/deliver";
import { sweepWebhooks } from "@/lib/integrations/webhooks/sweep";
import { webhookDeliverJob } from "@/lib/queue/jobs/webhook-deliver";
import { webhookSweepJob } from "@/lib/queue/jobs/webhook-sweep";
import { handlerFor } from "../handler";

export const webhookDeliverHandler = handlerFor(webhookDeliverJob, async ({ deliveryId }) =>
  deliverWebhook(deliveryId),
);
// The same sweep re-queues lost Data Rights Protocol status callbacks (same pattern, same cadence).
export const webhookSweepHandler = handlerFor(webhookSweepJob, async () => ({
  ...(await sweepWebhooks()),
  drpCallbacks: await sweepDrpCallbacks(),
}));
