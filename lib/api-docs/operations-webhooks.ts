import * as w from "@/lib/integrations/webhooks/api-schemas";
import type { ApiOperationDoc } from "./operations";

const EP = "0b6f3e2a-58c1-4d7e-9a2b-6c1d0e9f8a7b";
const MSG = "msg_2f1c0d9e8b7a6f5e4d3c2b1a09f8e7d6";

/** The webhook management operations (/api/v1/webhooks, scope webhooks:manage): the admin page's use cases. */
export const WEBHOOK_OPERATIONS: ApiOperationDoc[] = [
  {
    method: "get",
    path: "/api/v1/webhooks",
    operationId: "listWebhookEndpoints",
    summary: "List the outbound webhook endpoints",
    description: "Newest first, with their state (enabled, failures in a row, why disabled). Never a secret.",
    scope: "webhooks:manage",
    success: { status: 200, description: "Every endpoint.", schema: w.endpointList },
    example: `curl "$DSR_URL/api/v1/webhooks"`,
  },
  {
    method: "post",
    path: "/api/v1/webhooks",
    operationId: "createWebhookEndpoint",
    summary: "Register an endpoint (its signing secret is in this answer only)",
    description:
      "The URL passes the same rules as in the admin page (https, no credentials, never link-local or metadata addresses; private ones only where the server allows them). The secret (`whsec_…`) signs every delivery (Standard Webhooks) and is shown once.",
    scope: "webhooks:manage",
    body: w.createEndpointBody,
    success: { status: 201, description: "Registered.", schema: w.endpointCreated },
    example: `curl -X POST "$DSR_URL/api/v1/webhooks" -H "Content-Type: application/json" \\
  -d '{"url":"https://crm.example.com/hooks/dsr","events":["request.received","request.status_changed"]}'`,
  },
  {
    method: "get",
    path: "/api/v1/webhooks/{id}",
    operationId: "getWebhookEndpoint",
    summary: "Get one endpoint",
    description: "Without its secret.",
    scope: "webhooks:manage",
    params: w.endpointIdParams,
    success: { status: 200, description: "The endpoint.", schema: w.endpointOne },
    example: `curl "$DSR_URL/api/v1/webhooks/${EP}"`,
  },
  {
    method: "patch",
    path: "/api/v1/webhooks/{id}",
    operationId: "updateWebhookEndpoint",
    summary: "Change an endpoint (URL, description, events, subject fields, enabled)",
    description:
      "Only the fields sent change. `enabled: true` re-enables a disabled endpoint: its failure count restarts and the deliveries that waited go out at once.",
    scope: "webhooks:manage",
    params: w.endpointIdParams,
    body: w.updateEndpointBody,
    success: { status: 200, description: "The endpoint as it is now.", schema: w.endpointOne },
    example: `curl -X PATCH "$DSR_URL/api/v1/webhooks/${EP}" -H "Content-Type: application/json" \\
  -d '{"events":["request.completed","request.refused"],"enabled":true}'`,
  },
  {
    method: "delete",
    path: "/api/v1/webhooks/{id}",
    operationId: "deleteWebhookEndpoint",
    summary: "Delete an endpoint",
    description: "With its deliveries and their log. Nothing more is sent to it.",
    scope: "webhooks:manage",
    params: w.endpointIdParams,
    success: { status: 204, description: "Deleted (no body)." },
    example: `curl -X DELETE "$DSR_URL/api/v1/webhooks/${EP}"`,
  },
  {
    method: "get",
    path: "/api/v1/webhooks/{id}/deliveries",
    operationId: "listWebhookDeliveries",
    summary: "List an endpoint's deliveries",
    description:
      "Newest first: state, attempts, last response code and error, next attempt. Pass `nextCursor` back as `cursor` until it is null.",
    scope: "webhooks:manage",
    params: w.endpointIdParams,
    query: w.deliveriesQuery,
    success: { status: 200, description: "One page.", schema: w.deliveryList },
    example: `curl "$DSR_URL/api/v1/webhooks/${EP}/deliveries?limit=100"`,
  },
  {
    method: "post",
    path: "/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend",
    operationId: "resendWebhookDelivery",
    summary: "Send a delivery again",
    description:
      "The same `webhook-id` (receivers de-duplicate on it) and a new retry window. No body. 404 for a delivery of another endpoint or one being sent right now.",
    scope: "webhooks:manage",
    params: w.deliveryParams,
    success: { status: 202, description: "Queued.", schema: w.resendResult },
    example: `curl -X POST "$DSR_URL/api/v1/webhooks/${EP}/deliveries/${MSG}/resend"`,
  },
];
