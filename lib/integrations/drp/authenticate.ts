import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { findAgentByTokenHash, type DrpAgentRow } from "@/lib/db/queries/drp";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { DrpError } from "./errors";
import type { DrpCallContext } from "./http";
import type { DrpEnvelope } from "./schemas";

/** This business's id in the DRP directory; the endpoints are off (503) until it is set. */
export function businessId(): string {
  const id = env().DRP_BUSINESS_ID;
  if (!id) throw new DrpError(503, "The Data Rights Protocol is not configured on this service.");
  return id;
}

/**
 * The agent of a bearer-token call (§ 2.01, § 2.02, § 2.04, § 2.06): the token (`Authorization: Bearer`,
 * from the pairing endpoint) names an agent; a missing or unknown token is 401, a disabled agent 403.
 * The agent's calls are then counted against its per-minute limit (429 with Retry-After past it).
 */
export async function authenticateAgent(request: Request, call: DrpCallContext): Promise<DrpAgentRow> {
  businessId();
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new DrpError(401, "An Authorization: Bearer token from POST /v1/agent/{agent-id} is required.");
  const agent = await findAgentByTokenHash(db(), { tokenHash: hashToken(match[1]!) });
  if (!agent) throw new DrpError(401, "This bearer token is not known.");
  call.agentId = agent.id;
  if (!agent.enabled) throw new DrpError(403, "This agent is disabled.");
  await enforceAgentRateLimit(agent);
  return agent;
}

export async function enforceAgentRateLimit(agent: DrpAgentRow): Promise<void> {
  const limit = agent.rateLimitPerMinute ?? env().DRP_RATE_LIMIT_PER_MINUTE;
  const r = await consumeRateLimit(db(), { name: "drp:agent", limit, windowSeconds: 60 }, agent.id);
  if (!r.allowed)
    throw new DrpError(429, `Too many calls: at most ${limit} a minute for this agent.`, {
      retryAfterSeconds: r.retryAfterSeconds,
    });
}

/**
 * The claim checks of § 3.07, after the signature verified: the signed `agent-id` is the authenticated
 * agent's, `business-id` is ours, `issued-at` is not in the future (beyond DRP_CLOCK_SKEW_SECONDS) and
 * `expires-at` has not passed (a replay of an old message is refused). All are 403 but the expiry,
 * which the spec calls a fatal error (400, fatal).
 */
export function checkEnvelope(claims: DrpEnvelope, agentId: string, now = new Date()): void {
  if (claims["agent-id"] !== agentId)
    throw new DrpError(403, "The signed agent-id is not the agent this token or URL belongs to.");
  if (claims["business-id"] !== businessId()) throw new DrpError(403, "The signed business-id is not this business.");
  if (claims["issued-at"].getTime() > now.getTime() + env().DRP_CLOCK_SKEW_SECONDS * 1000)
    throw new DrpError(403, "The message is issued in the future (issued-at): check the agent's clock.");
  if (claims["expires-at"].getTime() <= now.getTime())
    throw new DrpError(400, "The message has expired (expires-at).", { fatal: true });
  if (claims["expires-at"].getTime() <= claims["issued-at"].getTime())
    throw new DrpError(400, "expires-at must be after issued-at.", { fatal: true });
}
