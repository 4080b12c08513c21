import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findDrpRequestWithFacts, markDrpRevoked, type DrpAgentRow } from "@/lib/db/queries/drp";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { drpStatusBody, type DrpExerciseStatus } from "@/lib/webhooks/drp-status";
import { checkEnvelope } from "./authenticate";
import { DrpError } from "./errors";
import type { DrpCallContext } from "./http";
import { drpEnvelope, drpRequestIdParam, drpRevokeMessage } from "./schemas";
import { openSignedMessage, verifyKeyFromBase64 } from "./signed-message";

/** The request, if this agent manages it: unknown → 404; another agent's → 403 (§ 2.02.1). */
async function ownedFacts(agent: DrpAgentRow, rawId: string, call: DrpCallContext) {
  const parsed = drpRequestIdParam.safeParse(rawId);
  if (!parsed.success) throw new DrpError(404, "No data rights request has this request_id.");
  const facts = await findDrpRequestWithFacts(db(), { requestId: parsed.data });
  if (!facts) throw new DrpError(404, "No data rights request has this request_id.");
  if (facts.link.agentId !== agent.id) throw new DrpError(403, "This request is managed by another agent.");
  call.requestId = facts.link.requestId;
  return facts;
}

/** The Data Rights Status endpoint (`GET /v1/data-rights-request/{request_id}`, § 2.02); audited. */
export async function readDrpStatus(
  p: { agent: DrpAgentRow; requestId: string },
  call: DrpCallContext,
): Promise<DrpExerciseStatus> {
  const facts = await ownedFacts(p.agent, p.requestId, call);
  const body = drpStatusBody(facts);
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "drp_agent", id: p.agent.id },
      action: "drp.status_read",
      requestId: facts.link.requestId,
      payload: { agentId: p.agent.id, status: body.status, reason: body.reason ?? null },
    }),
  );
  return body;
}

/**
 * The Data Rights Revoke endpoint (`DELETE /v1/data-rights-request/{request_id}`, § 2.04): the signed
 * body (reason) is opened with the agent's key; the request is withdrawn on the consumer's behalf (the
 * lifecycle's withdraw, with its confirmation mail) and the revocation recorded first, so the status
 * (answered, and called back) is `revoked`. A request already closed is 409 (nothing to revoke).
 */
export async function revokeDrpRequest(
  p: { agent: DrpAgentRow; requestId: string; body: string },
  call: DrpCallContext,
  now = new Date(),
): Promise<DrpExerciseStatus> {
  const facts = await ownedFacts(p.agent, p.requestId, call);
  const message = drpRevokeMessage.parse(openSignedMessage(p.body, verifyKeyFromBase64(p.agent.verifyKey)));
  if (message["agent-id"] !== undefined) checkEnvelope(drpEnvelope.parse(message), p.agent.id, now);
  const requestId = facts.link.requestId;
  await db().transaction(async (tx) => {
    await markDrpRevoked(tx, { requestId, now });
    await runTransition(tx, {
      requestId,
      actor: { kind: "subject" },
      action: { type: "withdraw", ...(message.reason ? { reason: message.reason.slice(0, 1000) } : {}) },
      now,
    });
    await appendAudit(tx, {
      actor: { type: "drp_agent", id: p.agent.id },
      action: "drp.request_revoked",
      requestId,
      payload: { agentId: p.agent.id, reason: message.reason ?? null },
    });
  });
  const after = await findDrpRequestWithFacts(db(), { requestId });
  return drpStatusBody(after!);
}
