import { apiKeyRoute } from "@/lib/http/api-key-route";
import { endpointIdParams, updateEndpointBody } from "@/lib/integrations/webhooks/api-schemas";
import { deleteEndpointForApi, getEndpointForApi, updateEndpointForApi } from "@/lib/integrations/webhooks/api";

export const dynamic = "force-dynamic";

/** One endpoint (webhooks:manage), without its secret. */
export const GET = apiKeyRoute("api.v1.webhooks.get", {
  scope: "webhooks:manage",
  input: endpointIdParams,
  policy: "webhooks.manage",
  run: (input) => getEndpointForApi(input.id),
});

/** Changes the fields given (URL with the registration rules, events, subject fields, enabled). */
export const PATCH = apiKeyRoute("api.v1.webhooks.update", {
  scope: "webhooks:manage",
  input: updateEndpointBody.extend(endpointIdParams.shape),
  policy: "webhooks.manage",
  run: ({ id, ...patch }, key) => updateEndpointForApi(id, patch, key),
});

/** Deletes the endpoint with its deliveries and their log: 204. */
export const DELETE = apiKeyRoute("api.v1.webhooks.delete", {
  scope: "webhooks:manage",
  input: endpointIdParams,
  policy: "webhooks.manage",
  status: 204,
  run: (input, key) => deleteEndpointForApi(input.id, key),
});
