import { appendAudit } from "@/lib/audit/append";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { findDrpAgent, insertDrpToken } from "@/lib/db/queries/drp";
import { businessId, checkEnvelope, enforceAgentRateLimit } from "./authenticate";
import { DrpError } from "./errors";
import type { DrpCallContext } from "./http";
import { drpEnvelope } from "./schemas";
import { openSignedMessage, verifyKeyFromBase64 } from "./signed-message";

/** § 2.05.1: a failed validation is 403 with no body. */
const refused = (why: string) => new DrpError(403, why, { bodyless: true });

/**
 * Pair-wise key setup (`POST /v1/agent/{agent-id}`, § 2.05): the message is signed with the registered
 * agent's key; the URL's agent-id, the signed agent-id and the directory entry must agree; then the
 * envelope is checked (§ 3.07) and a fresh bearer token (32 random bytes) is returned once and stored
 * hashed. Audited; counted against the agent's rate limit.
 */
export async function pairAgent(
  p: { agentId: string; body: string },
  call: DrpCallContext,
  now = new Date(),
): Promise<{ "agent-id": string; token: string }> {
  businessId();
  const agent = await findDrpAgent(db(), { agentId: p.agentId });
  if (!agent) throw refused("This agent is not registered with this business.");
  call.agentId = agent.id;
  if (!agent.enabled) throw refused("This agent is disabled.");
  await enforceAgentRateLimit(agent);
  let claims;
  try {
    const json = openSignedMessage(p.body, verifyKeyFromBase64(agent.verifyKey));
    claims = drpEnvelope.parse(json);
    checkEnvelope(claims, agent.id, now);
  } catch (err) {
    throw refused(err instanceof Error ? err.message : "The pairing message is not valid.");
  }
  const token = generateToken(32);
  await db().transaction(async (tx) => {
    await insertDrpToken(tx, { tokenHash: hashToken(token), agentId: agent.id });
    await appendAudit(tx, {
      actor: { type: "drp_agent", id: agent.id },
      action: "drp.agent_paired",
      payload: { agentId: agent.id, issuedAt: claims["issued-at"].toISOString() },
    });
  });
  return { "agent-id": agent.id, token };
}

/** Agent information (`GET /v1/agent/{agent-id}`, § 2.06): `{}` when the token is this agent's, else 403. */
export function agentInformation(p: { agentId: string; tokenAgentId: string }): Record<string, never> {
  if (p.agentId !== p.tokenAgentId) throw new DrpError(403, "This token does not belong to this agent.");
  return {};
}
