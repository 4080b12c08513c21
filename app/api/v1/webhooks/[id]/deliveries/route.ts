import { apiKeyRoute } from "@/lib/http/api-key-route";
import { deliveriesQuery, endpointIdParams } from "@/lib/integrations/webhooks/api-schemas";
import { listDeliveriesForApi } from "@/lib/integrations/webhooks/api";

export const dynamic = "force-dynamic";

/** An endpoint's deliveries, newest first, with a keyset cursor (webhooks:manage). */
export const GET = apiKeyRoute("api.v1.webhooks.deliveries", {
  scope: "webhooks:manage",
  input: deliveriesQuery.extend(endpointIdParams.shape),
  policy: "webhooks.manage",
  run: ({ id, ...q }) => listDeliveriesForApi(id, q),
});
