import { apiKeyRoute } from "@/lib/http/api-key-route";
import { deliveryParams } from "@/lib/integrations/webhooks/api-schemas";
import { resendDeliveryForApi } from "@/lib/integrations/webhooks/api";

export const dynamic = "force-dynamic";

/** Sends a delivery again: the same webhook-id, a new retry window (webhooks:manage). */
export const POST = apiKeyRoute("api.v1.webhooks.resend", {
  scope: "webhooks:manage",
  input: deliveryParams,
  policy: "webhooks.manage",
  status: 202,
  noBody: true,
  run: (input, key) => resendDeliveryForApi(input.id, input.deliveryId, key),
});
