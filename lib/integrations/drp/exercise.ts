import { appendAudit } from "@/lib/audit/append";
import { db, type Db } from "@/lib/db/client";
import {
  findDrpRequestByAgentRequestId,
  findDrpRequestWithFacts,
  insertDrpRequest,
  swapLastNotified,
  type DrpAgentRow,
} from "@/lib/db/queries/drp";
import { insertRequestAgent } from "@/lib/db/queries/request-agents";
import { jurisdictionFromClaims, requestTypeForExercise } from "@/lib/domain/drp";
import { DRP_CLAIMS, type DrpConsumerClaims } from "@/lib/domain/drp-claims";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { drpStatusBody, type DrpExerciseStatus } from "@/lib/webhooks/drp-status";
import { checkEnvelope } from "./authenticate";
import { DrpError } from "./errors";
import { drpExerciseMessage, type DrpExerciseMessage } from "./schemas";
import { openSignedMessage, verifyKeyFromBase64 } from "./signed-message";

/**
 * What the agent sent about the consumer, as data (the staff workspace words it in each member's language);
 * the request's `details` are left for what a person writes.
 */
function claimsOf(m: DrpExerciseMessage): DrpConsumerClaims {
  const a = m.address;
  const address = a
    ? Object.fromEntries(
        (["formatted", "street_address", "locality", "region", "postal_code", "country"] as const).flatMap((k) =>
          a[k]?.trim() ? [[k, a[k].trim()]] : [],
        ),
      )
    : null;
  return {
    regime: m.regime ?? null,
    relationships: m.relationships ?? [],
    phone: m.phone_number || null,
    address: address && Object.keys(address).length > 0 ? address : null,
    verified: DRP_CLAIMS.filter((k) => m[`${k}_verified`] === true),
    powerOfAttorney: m.power_of_attorney?.trim() || null,
  };
}

/**
 * A data rights request (`POST /v1/data-rights-request`, § 2.01): the signed message is opened with the
 * agent's key and its envelope checked (§ 3.07); the right, the residence (the address claim; CCPA means
 * California) and the identity claims become a request on channel `agent`, filed like any other (its
 * regime and deadline from the residence, the consumer asked to verify by mail except for an opt-out).
 * In the same transaction: the agent's link (who manages it, agent-request-id, status_callback), the
 * authorised-agent record (the signed message kept as the agent's proof) and the audit entry. A retry
 * with the same agent-request-id files nothing new and answers the first request's status.
 */
export async function exerciseRight(
  p: { agent: DrpAgentRow; body: string },
  now = new Date(),
): Promise<DrpExerciseStatus> {
  const { agent } = p;
  const m = drpExerciseMessage.parse(openSignedMessage(p.body, verifyKeyFromBase64(agent.verifyKey)));
  checkEnvelope(m, agent.id, now);
  if (m["agent-request-id"]) {
    const earlier = await findDrpRequestByAgentRequestId(db(), {
      agentId: agent.id,
      agentRequestId: m["agent-request-id"],
    });
    if (earlier) return statusOf(db(), earlier.requestId);
  }
  const type = requestTypeForExercise(m.exercise);
  if (!type) throw new DrpError(400, `Unsupported rights action: ${m.exercise}.`, { fatal: true });
  if (m.regime !== undefined && m.regime !== "ccpa")
    throw new DrpError(400, `Unsupported regime: ${m.regime} (this service takes "ccpa" or none).`, { fatal: true });
  if (!m.email) throw new DrpError(400, "The email claim is required to identify the consumer.", { fatal: true });
  const jurisdiction = jurisdictionFromClaims({ regime: m.regime, address: m.address });
  const signed = Buffer.from(p.body.trim(), "base64");

  const filed = await submitRequest(
    {
      type,
      email: m.email,
      ...(m.name ? { fullName: m.name } : {}),
      // The protocol carries no language; the CCPA's consumers are answered in English.
      locale: "en",
      ...(jurisdiction ? { jurisdiction } : {}),
    },
    {
      channel: "agent",
      actor: { type: "drp_agent", id: agent.id },
      filedByAgent: agent.name,
      emailQuota: true,
      alsoInTx: async (tx, requestId) => {
        await insertDrpRequest(tx, {
          requestId,
          agentId: agent.id,
          agentRequestId: m["agent-request-id"] ?? null,
          exercise: m.exercise,
          statusCallback: m.status_callback ?? null,
          claims: claimsOf(m),
        });
        // The answer tells the agent this first status: no callback for it (an opt-out, accepted later
        // in this transaction, does call back its acceptance).
        await swapLastNotified(tx, { requestId, status: await statusOf(tx, requestId) });
        await insertRequestAgent(tx, {
          requestId,
          agent: { name: agent.name, email: agent.technicalContact, organisation: agent.id },
          document: { type: "application/vnd.drp.signed-request", bytes: signed },
        });
        await appendAudit(tx, {
          actor: { type: "drp_agent", id: agent.id },
          action: "drp.request_received",
          requestId,
          payload: {
            agentId: agent.id,
            agentRequestId: m["agent-request-id"] ?? null,
            exercise: m.exercise,
            regime: m.regime ?? null,
            statusCallback: m.status_callback ?? null,
          },
        });
      },
    },
  );
  return statusOf(db(), filed.id);
}

async function statusOf(tx: Db, requestId: string): Promise<DrpExerciseStatus> {
  const facts = await findDrpRequestWithFacts(tx, { requestId });
  if (!facts) throw new DrpError(500, "The request was filed but cannot be read back.");
  return drpStatusBody(facts);
}
