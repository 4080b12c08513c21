import type { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { insertDrpAgent, setDrpAgentEnabled } from "@/lib/db/queries/drp";
import { DomainError } from "@/lib/domain/errors";
import { drpAgentInput } from "./schemas";
import { verifyKeyFromBase64 } from "./signed-message";
import { detail } from "@/lib/domain/error-details";

/**
 * An admin registers an authorised agent (its DRP directory entry: id, name, base64 Ed25519 verify key,
 * technical contact): the key is checked to be a real Ed25519 public key; the id must be new. Audited.
 */
export async function registerDrpAgent(raw: z.input<typeof drpAgentInput>, admin: { id: string }): Promise<string> {
  const input = drpAgentInput.parse(raw);
  try {
    verifyKeyFromBase64(input.verifyKey);
  } catch (err) {
    throw new DomainError("invalid_request", detail("admin.agent_key_not_ed25519"), {
      verifyKey: (err as Error).message,
    });
  }
  await db().transaction(async (tx) => {
    const inserted = await insertDrpAgent(tx, { ...input, createdBy: admin.id });
    if (!inserted)
      throw new DomainError("conflict", detail("admin.agent_id_taken"), {
        id: "is already registered",
      });
    await appendAudit(tx, {
      actor: { type: "staff", id: admin.id },
      action: "drp.agent_registered",
      payload: {
        agentId: input.id,
        name: input.name,
        verifyKey: input.verifyKey,
        rateLimitPerMinute: input.rateLimitPerMinute,
      },
    });
  });
  return input.id;
}

/**
 * An admin disables an agent (its tokens stop working at once: every call is refused 403) or enables it
 * again. Audited; a second click that changes nothing is a conflict, not a second entry.
 */
export async function setDrpAgentEnabledByAdmin(
  p: { agentId: string; enabled: boolean },
  admin: { id: string },
  now = new Date(),
): Promise<void> {
  await db().transaction(async (tx) => {
    const changed = await setDrpAgentEnabled(tx, { agentId: p.agentId, enabled: p.enabled, now });
    if (!changed)
      throw new DomainError(
        "conflict",
        p.enabled ? detail("admin.agent_already_enabled") : detail("admin.agent_already_disabled"),
      );
    await appendAudit(tx, {
      actor: { type: "staff", id: admin.id },
      action: p.enabled ? "drp.agent_enabled" : "drp.agent_disabled",
      payload: { agentId: p.agentId },
    });
  });
}
