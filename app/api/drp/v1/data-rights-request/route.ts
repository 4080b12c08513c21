import { authenticateAgent } from "@/lib/integrations/drp/authenticate";
import { exerciseRight } from "@/lib/integrations/drp/exercise";
import { drpRoute, readSignedBody } from "@/lib/integrations/drp/http";

export const dynamic = "force-dynamic";

/**
 * Data Rights Protocol v1.0, "Data Rights Exercise" (§ 2.01). The protocol's paths are relative to the
 * business's `api_base` in the DRP directory: ours is `<APP_URL>/api/drp`, so that the protocol's
 * `/v1/...` does not collide with this product's own REST API under `/api/v1`.
 */
export const POST = drpRoute("POST /v1/data-rights-request", async (request, _params, call) => {
  const agent = await authenticateAgent(request, call);
  return exerciseRight({ agent, body: await readSignedBody(request) });
});
