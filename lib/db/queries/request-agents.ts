import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { decrypt, decryptMaybe, encrypt, encryptMaybe } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import { requestAgents } from "@/lib/db/schema";

const aad = (requestId: string, column: string) => `request_agents.${column}:${requestId}`;

export interface AgentIdentity {
  name: string;
  email: string;
  organisation: string | null;
}

/** Stores the agent and the permission document, encrypted, in the caller's transaction. */
export async function insertRequestAgent(
  tx: Db,
  p: {
    requestId: string;
    agent: AgentIdentity;
    document: { type: string; bytes: Buffer };
    permissionKind?: PermissionKind;
  },
): Promise<void> {
  await tx.insert(requestAgents).values({
    requestId: p.requestId,
    agentNameEnc: encrypt(p.agent.name, aad(p.requestId, "agent_name")),
    agentEmailEnc: encrypt(p.agent.email, aad(p.requestId, "agent_email")),
    agentOrganisationEnc: encryptMaybe(p.agent.organisation, aad(p.requestId, "agent_organisation")),
    permissionType: p.document.type,
    permissionBytes: p.document.bytes.length,
    permissionSha256: createHash("sha256").update(p.document.bytes).digest("hex"),
    permissionEnc: encrypt(p.document.bytes.toString("base64"), aad(p.requestId, "permission")),
    permissionKind: p.permissionKind ?? "signed_permission",
  });
}

/** What the agent holds: a signed permission (11 CCR § 7063(a)) or a power of attorney (Probate Code §§ 4121–4130). */
export const PERMISSION_KINDS = ["signed_permission", "power_of_attorney"] as const;
export type PermissionKind = (typeof PERMISSION_KINDS)[number];

export interface RequestAgentView {
  agent: AgentIdentity;
  permission: { type: string; bytes: number; sha256: string; kind: PermissionKind };
  review: { status: string; reason: string | null; by: string | null; at: Date | null };
}

/** The agent of a request (decrypted identity, document facts without its bytes), or null. */
export async function findRequestAgent(db: Db, p: { requestId: string }): Promise<RequestAgentView | null> {
  const [row] = await db.select().from(requestAgents).where(eq(requestAgents.requestId, p.requestId)).limit(1);
  if (!row) return null;
  return {
    agent: {
      name: decrypt(row.agentNameEnc, aad(row.requestId, "agent_name")),
      email: decrypt(row.agentEmailEnc, aad(row.requestId, "agent_email")),
      organisation: decryptMaybe(row.agentOrganisationEnc, aad(row.requestId, "agent_organisation")),
    },
    permission: {
      type: row.permissionType,
      bytes: row.permissionBytes,
      sha256: row.permissionSha256,
      kind: row.permissionKind === "power_of_attorney" ? "power_of_attorney" : "signed_permission",
    },
    review: { status: row.reviewStatus, reason: row.reviewReason, by: row.reviewedBy, at: row.reviewedAt },
  };
}

/** The permission document's bytes, decrypted. */
export async function readPermissionDocument(
  db: Db,
  p: { requestId: string },
): Promise<{ type: string; bytes: Buffer } | null> {
  const [row] = await db
    .select({ type: requestAgents.permissionType, enc: requestAgents.permissionEnc })
    .from(requestAgents)
    .where(eq(requestAgents.requestId, p.requestId))
    .limit(1);
  if (!row) return null;
  return { type: row.type, bytes: Buffer.from(decrypt(row.enc, aad(p.requestId, "permission")), "base64") };
}

/** Records the review once: only a pending permission is decided (returns false otherwise). */
export async function reviewRequestAgent(
  tx: Db,
  p: { requestId: string; status: "approved" | "rejected"; reason: string; staffId: string; now: Date },
): Promise<boolean> {
  const rows = await tx
    .update(requestAgents)
    .set({ reviewStatus: p.status, reviewReason: p.reason, reviewedBy: p.staffId, reviewedAt: p.now })
    .where(and(eq(requestAgents.requestId, p.requestId), eq(requestAgents.reviewStatus, "pending")))
    .returning({ id: requestAgents.requestId });
  return rows.length === 1;
}

/** Minimisation: the agent's identity and the document go with the subject's data. */
export async function deleteRequestAgent(tx: Db, p: { requestId: string }): Promise<number> {
  const rows = await tx
    .delete(requestAgents)
    .where(eq(requestAgents.requestId, p.requestId))
    .returning({ id: requestAgents.requestId });
  return rows.length;
}
