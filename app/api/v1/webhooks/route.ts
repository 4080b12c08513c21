import { apiKeyRoute } from "@/lib/http/api-key-route";
import { createEndpointBody } from "@/lib/integrations/webhooks/api-schemas";
import { createEndpointForApi, listEndpointsForApi } from "@/lib/integrations/webhooks/api";
import { z } from "zod";

export const dynamic = "force-dynamic";

/** Every outbound webhook endpoint (webhooks:manage), newest first; never a secret. */
export const GET = apiKeyRoute("api.v1.webhooks.list", {
  scope: "webhooks:manage",
  input: z.object({}).strict(),
  policy: "webhooks.manage",
  run: () => listEndpointsForApi(),
});

/** Registers an endpoint (the admin page's use case): its signing secret is in this answer only. */
export const POST = apiKeyRoute("api.v1.webhooks.create", {
  scope: "webhooks:manage",
  input: createEndpointBody,
  policy: "webhooks.manage",
  status: 201,
  run: (input, key) => createEndpointForApi(input, key),
});
