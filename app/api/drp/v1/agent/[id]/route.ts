import { authenticateAgent } from "@/lib/integrations/drp/authenticate";
import { drpRoute, readSignedBody } from "@/lib/integrations/drp/http";
import { agentInformation, pairAgent } from "@/lib/integrations/drp/pair-agent";

export const dynamic = "force-dynamic";

/** Data Rights Protocol v1.0, "Pair-wise Key Setup" (§ 2.05): a signed envelope → a bearer token. */
export const POST = drpRoute<{ id: string }>("POST /v1/agent/{id}", async (request, params, call) =>
  pairAgent({ agentId: params.id, body: await readSignedBody(request) }, call),
);

/** Data Rights Protocol v1.0, "Agent Information" (§ 2.06): `{}` while the token is valid for this agent. */
export const GET = drpRoute<{ id: string }>("GET /v1/agent/{id}", async (request, params, call) => {
  const agent = await authenticateAgent(request, call);
  return agentInformation({ agentId: params.id, tokenAgentId: agent.id });
});
