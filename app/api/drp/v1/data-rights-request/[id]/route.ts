import { authenticateAgent } from "@/lib/integrations/drp/authenticate";
import { drpRoute, readSignedBody } from "@/lib/integrations/drp/http";
import { readDrpStatus, revokeDrpRequest } from "@/lib/integrations/drp/request-status";

export const dynamic = "force-dynamic";

/** Data Rights Protocol v1.0, "Data Rights Status" (§ 2.02): only the managing agent may read it. */
export const GET = drpRoute<{ id: string }>("GET /v1/data-rights-request/{id}", async (request, params, call) => {
  const agent = await authenticateAgent(request, call);
  return readDrpStatus({ agent, requestId: params.id }, call);
});

/** Data Rights Protocol v1.0, "Data Rights Revoke" (§ 2.04): a signed body with the consumer's reason. */
export const DELETE = drpRoute<{ id: string }>("DELETE /v1/data-rights-request/{id}", async (request, params, call) => {
  const agent = await authenticateAgent(request, call);
  return revokeDrpRequest({ agent, requestId: params.id, body: await readSignedBody(request) }, call);
});
