import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import { drpConsumerClaimsSchema, type DrpConsumerClaims } from "@/lib/domain/drp-claims";
import { drpAgents, drpCallbacks, drpRequests, drpTokens, requests, staffUsers } from "@/lib/db/schema";

export type DrpAgentRow = typeof drpAgents.$inferSelect;
export type DrpRequestRow = typeof drpRequests.$inferSelect;
export type DrpCallbackRow = typeof drpCallbacks.$inferSelect;

export async function findDrpAgent(db: Db, p: { agentId: string }): Promise<DrpAgentRow | null> {
  const [row] = await db.select().from(drpAgents).where(eq(drpAgents.id, p.agentId)).limit(1);
  return row ?? null;
}

export async function listDrpAgents(db: Db) {
  return db
    .select({ agent: drpAgents, createdByName: staffUsers.name })
    .from(drpAgents)
    .leftJoin(staffUsers, eq(staffUsers.id, drpAgents.createdBy))
    .orderBy(desc(drpAgents.createdAt));
}

/** Inserts an agent; false when the agent-id is taken. */
export async function insertDrpAgent(
  tx: Db,
  p: Pick<DrpAgentRow, "id" | "name" | "verifyKey" | "technicalContact" | "webUrl" | "rateLimitPerMinute"> & {
    createdBy: string;
  },
): Promise<boolean> {
  const rows = await tx.insert(drpAgents).values(p).onConflictDoNothing().returning({ id: drpAgents.id });
  return rows.length === 1;
}

/** Enables or disables an agent; false when it was already in that state (or does not exist). */
export async function setDrpAgentEnabled(tx: Db, p: { agentId: string; enabled: boolean; now: Date }) {
  const rows = await tx
    .update(drpAgents)
    .set({ enabled: p.enabled, disabledAt: p.enabled ? null : p.now, updatedAt: p.now })
    .where(and(eq(drpAgents.id, p.agentId), eq(drpAgents.enabled, !p.enabled)))
    .returning({ id: drpAgents.id });
  return rows.length === 1;
}

export async function insertDrpToken(tx: Db, p: { tokenHash: string; agentId: string }): Promise<void> {
  await tx.insert(drpTokens).values(p);
}

/** The enabled agent a bearer token stands for (by the token's hash), or null. */
export async function findAgentByTokenHash(db: Db, p: { tokenHash: string }): Promise<DrpAgentRow | null> {
  const [row] = await db
    .select({ agent: drpAgents })
    .from(drpTokens)
    .innerJoin(drpAgents, eq(drpAgents.id, drpTokens.agentId))
    .where(eq(drpTokens.tokenHash, p.tokenHash))
    .limit(1);
  return row?.agent ?? null;
}

const claimsAad = (requestId: string) => `drp_requests.claims:${requestId}`;

/** Links a request to the agent that filed it, with what the agent sent about the consumer (encrypted). */
export async function insertDrpRequest(
  tx: Db,
  p: Pick<DrpRequestRow, "requestId" | "agentId" | "agentRequestId" | "exercise" | "statusCallback"> & {
    claims: DrpConsumerClaims;
  },
): Promise<void> {
  const { claims, ...link } = p;
  await tx.insert(drpRequests).values({ ...link, claimsEnc: encrypt(JSON.stringify(claims), claimsAad(p.requestId)) });
}

/**
 * What the agent sent about the consumer, decrypted: only for a staff member allowed to see subject data.
 * Null when nothing was kept (a request filed before, or minimised since) or the request is not a DRP one.
 */
export async function findDrpClaims(db: Db, p: { requestId: string }): Promise<DrpConsumerClaims | null> {
  const [row] = await db
    .select({ enc: drpRequests.claimsEnc })
    .from(drpRequests)
    .where(eq(drpRequests.requestId, p.requestId))
    .limit(1);
  if (!row?.enc) return null;
  const parsed = drpConsumerClaimsSchema.safeParse(JSON.parse(decrypt(row.enc, claimsAad(p.requestId))));
  return parsed.success ? parsed.data : null;
}

/** Forgets what the agent sent about the consumer (retention): the link itself stays for the agent's status. */
export async function forgetDrpClaims(tx: Db, p: { requestId: string }): Promise<void> {
  await tx.update(drpRequests).set({ claimsEnc: null }).where(eq(drpRequests.requestId, p.requestId));
}

/** An agent's earlier request with the same agent-request-id (a retried exercise call). */
export async function findDrpRequestByAgentRequestId(db: Db, p: { agentId: string; agentRequestId: string }) {
  const [row] = await db
    .select()
    .from(drpRequests)
    .where(and(eq(drpRequests.agentId, p.agentId), eq(drpRequests.agentRequestId, p.agentRequestId)))
    .limit(1);
  return row ?? null;
}

/** The DRP link of a request and the request facts its protocol status is computed from. */
export async function findDrpRequestWithFacts(db: Db, p: { requestId: string }) {
  const [row] = await db
    .select({
      link: drpRequests,
      status: requests.status,
      refusalReasonCode: requests.refusalReasonCode,
      verifiedAt: requests.verifiedAt,
      receivedAt: requests.receivedAt,
      dueDate: requests.dueDate,
      extendedDueDate: requests.extendedDueDate,
      locale: requests.locale,
      closedAt: requests.closedAt,
    })
    .from(drpRequests)
    .innerJoin(requests, eq(requests.id, drpRequests.requestId))
    .where(eq(drpRequests.requestId, p.requestId))
    .limit(1);
  return row ?? null;
}

/** Records the agent's revocation once. */
export async function markDrpRevoked(tx: Db, p: { requestId: string; now: Date }): Promise<void> {
  await tx
    .update(drpRequests)
    .set({ revokedAt: p.now })
    .where(and(eq(drpRequests.requestId, p.requestId), sql`${drpRequests.revokedAt} is null`));
}

/**
 * Sets the last status queued for the agent, only if it differs from the stored one (compared as
 * jsonb): true when it changed, so the caller queues one callback per change, never two.
 */
export async function swapLastNotified(tx: Db, p: { requestId: string; status: object }): Promise<boolean> {
  const value = JSON.stringify(p.status);
  const rows = await tx
    .update(drpRequests)
    .set({ lastNotified: sql`${value}::jsonb` })
    .where(
      and(eq(drpRequests.requestId, p.requestId), sql`${drpRequests.lastNotified} is distinct from ${value}::jsonb`),
    )
    .returning({ id: drpRequests.requestId });
  return rows.length === 1;
}

export async function insertDrpCallback(
  tx: Db,
  p: Pick<DrpCallbackRow, "id" | "requestId" | "agentId" | "url" | "body" | "dueAt">,
): Promise<void> {
  await tx.insert(drpCallbacks).values(p);
}

/** Claims a due callback for one attempt (pending or failed): null when another run has it or it is done. */
/** Still to be delivered: an earlier callback in one of these states holds the later ones back. */
const UNDELIVERED = ["pending", "sending", "failed"] as const;

/**
 * Claims a due callback for one attempt, only when every earlier callback of the request to the same URL is
 * delivered or given up: an agent must never get an older status after a newer one (a retried "in_progress"
 * arriving after "denied" would leave it with the wrong state). A callback held back is released by
 * nextDrpCallback once the one before it is finished.
 */
export async function claimDrpCallback(db: Db, p: { id: string; now: Date }): Promise<DrpCallbackRow | null> {
  const [row] = await db
    .update(drpCallbacks)
    .set({ status: "sending", claimedAt: p.now, attempts: sql`${drpCallbacks.attempts} + 1` })
    .where(
      and(
        eq(drpCallbacks.id, p.id),
        inArray(drpCallbacks.status, ["pending", "failed"]),
        lte(drpCallbacks.dueAt, new Date(p.now.getTime() + 1_000)),
        // Spelt out: inside an UPDATE drizzle names columns without their table, which "earlier" would capture.
        sql`not exists (select 1 from drp_callbacks earlier
          where earlier.request_id = drp_callbacks.request_id and earlier.url = drp_callbacks.url
            and (earlier.created_at, earlier.id) < (drp_callbacks.created_at, drp_callbacks.id)
            and earlier.status in ${UNDELIVERED})`,
      ),
    )
    .returning();
  return row ?? null;
}

/** The callback after `p.id` (same request and URL) still to be delivered, if any, with when it is due. */
export async function nextDrpCallback(db: Db, p: { id: string }): Promise<{ id: string; dueAt: Date } | null> {
  const rows = await db.execute<{ id: string; due_at: string }>(sql`
    select later.id, later.due_at from drp_callbacks later
    join drp_callbacks done on done.id = ${p.id}
    where later.request_id = done.request_id and later.url = done.url
      and (later.created_at, later.id) > (done.created_at, done.id)
      and later.status in ${UNDELIVERED}
    order by later.created_at, later.id
    limit 1`);
  const row = rows.rows[0];
  return row ? { id: row.id, dueAt: new Date(row.due_at) } : null;
}

export async function finishDrpCallback(
  tx: Db,
  p: {
    id: string;
    status: "delivered" | "failed" | "given_up";
    at: Date;
    dueAt?: Date;
    code: number | null;
    error: string | null;
  },
): Promise<void> {
  await tx
    .update(drpCallbacks)
    .set({
      status: p.status,
      lastStatusCode: p.code,
      lastError: p.error,
      ...(p.status === "delivered" ? { deliveredAt: p.at } : {}),
      ...(p.dueAt ? { dueAt: p.dueAt } : {}),
    })
    .where(eq(drpCallbacks.id, p.id));
}

export async function listDrpCallbacks(db: Db, p: { requestId: string }) {
  return db.select().from(drpCallbacks).where(eq(drpCallbacks.requestId, p.requestId)).orderBy(drpCallbacks.createdAt);
}
