import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { decrypt, decryptMaybe, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "../client";
import { auditLog, requestAppeals, requests, requestTasks } from "../schema";

export interface Appeal {
  id: string;
  requestId: string;
  regime: string;
  reason: string;
  receivedAt: Date;
  decideBy: string;
  refusedBy: string | null;
  decision: "granted" | "denied" | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  extendedAt: Date | null;
}

// The request id in the AAD binds a ciphertext to its request: copied to another row, it fails to decrypt.
const reasonAad = (requestId: string) => `request_appeals.reason:${requestId}`;
const decisionAad = (requestId: string) => `request_appeals.decision_reason:${requestId}`;

type Row = typeof requestAppeals.$inferSelect;
const toAppeal = (r: Row): Appeal => ({
  id: r.id,
  requestId: r.requestId,
  regime: r.regime,
  reason: r.reasonEnc ? decrypt(r.reasonEnc, reasonAad(r.requestId)) : "",
  receivedAt: r.receivedAt,
  decideBy: r.decideBy,
  refusedBy: r.refusedBy,
  decision: r.decision as Appeal["decision"],
  decisionReason: decryptMaybe(r.decisionReasonEnc, decisionAad(r.requestId)),
  decidedAt: r.decidedAt,
  decidedBy: r.decidedBy,
  extendedAt: r.extendedAt,
});

/** Records an appeal, its reason encrypted; null when the request already has one (one per request). */
export async function insertAppeal(
  db: Db,
  p: {
    requestId: string;
    regime: string;
    reason: string;
    receivedAt: Date;
    decideBy: string;
    refusedBy: string | null;
  },
): Promise<{ id: string } | null> {
  const [row] = await db
    .insert(requestAppeals)
    .values({
      requestId: p.requestId,
      regime: p.regime,
      reasonEnc: encrypt(p.reason, reasonAad(p.requestId)),
      receivedAt: p.receivedAt,
      decideBy: p.decideBy,
      refusedBy: p.refusedBy,
    })
    .onConflictDoNothing()
    .returning({ id: requestAppeals.id });
  return row ?? null;
}

export async function findAppealOfRequest(db: Db, p: { requestId: string }): Promise<Appeal | null> {
  const [row] = await db.select().from(requestAppeals).where(eq(requestAppeals.requestId, p.requestId));
  return row ? toAppeal(row) : null;
}

/** Records the decision once (conditional UPDATE); null when it was already decided. */
export async function markAppealDecided(
  db: Db,
  p: { id: string; requestId: string; decision: "granted" | "denied"; reason: string; staffId: string; at: Date },
): Promise<Appeal | null> {
  const [row] = await db
    .update(requestAppeals)
    .set({
      decision: p.decision,
      decisionReasonEnc: encrypt(p.reason, decisionAad(p.requestId)),
      decidedAt: p.at,
      decidedBy: p.staffId,
    })
    .where(
      and(eq(requestAppeals.id, p.id), eq(requestAppeals.requestId, p.requestId), isNull(requestAppeals.decidedAt)),
    )
    .returning();
  return row ? toAppeal(row) : null;
}

const extensionAad = (requestId: string) => `request_appeals.extension_reason:${requestId}`;

/**
 * Moves an undecided, not yet extended appeal's decision date to `newDate` (conditional UPDATE: a second
 * click or a retry extends nothing); null when it was decided or extended already.
 */
export async function markAppealExtended(
  db: Db,
  p: { id: string; requestId: string; newDate: string; reason: string; staffId: string; at: Date },
): Promise<Appeal | null> {
  const [row] = await db
    .update(requestAppeals)
    .set({
      decideBy: p.newDate,
      extendedAt: p.at,
      extendedBy: p.staffId,
      extensionReasonEnc: encrypt(p.reason, extensionAad(p.requestId)),
    })
    .where(
      and(
        eq(requestAppeals.id, p.id),
        eq(requestAppeals.requestId, p.requestId),
        isNull(requestAppeals.decidedAt),
        isNull(requestAppeals.extendedAt),
      ),
    )
    .returning();
  return row ? toAppeal(row) : null;
}

/** The staff list: appeals waiting for a decision, soonest deadline first, with the request's reference. */
export async function listOpenAppeals(
  db: Db,
  p: { limit?: number } = {},
): Promise<
  {
    id: string;
    requestId: string;
    reference: string;
    regime: string;
    receivedAt: Date;
    decideBy: string;
    extendedAt: Date | null;
  }[]
> {
  return db
    .select({
      id: requestAppeals.id,
      requestId: requestAppeals.requestId,
      reference: requests.reference,
      regime: requestAppeals.regime,
      receivedAt: requestAppeals.receivedAt,
      decideBy: requestAppeals.decideBy,
      extendedAt: requestAppeals.extendedAt,
    })
    .from(requestAppeals)
    .innerJoin(requests, eq(requests.id, requestAppeals.requestId))
    .where(isNull(requestAppeals.decidedAt))
    .orderBy(asc(requestAppeals.decideBy), asc(requestAppeals.receivedAt))
    .limit(p.limit ?? 200);
}

/** Who refused the request last (the staff actor of its latest `request.refused` audit entry), if staff. */
export async function lastRefusedBy(db: Db, p: { requestId: string }): Promise<string | null> {
  const [row] = await db
    .select({ actorId: auditLog.actorId, actorType: auditLog.actorType })
    .from(auditLog)
    .where(and(eq(auditLog.requestId, p.requestId), eq(auditLog.action, "request.refused")))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row && row.actorType === "staff" ? row.actorId : null;
}

/**
 * Who decided what a partly refused request kept back: the staff member who passed its last package
 * review or erasure approval (the gate where records were withheld or kept), if any.
 */
export async function lastGateDecider(db: Db, p: { requestId: string }): Promise<string | null> {
  const [row] = await db
    .select({ by: requestTasks.completedBy })
    .from(requestTasks)
    .where(
      and(
        eq(requestTasks.requestId, p.requestId),
        inArray(requestTasks.operation, ["review_package", "approve_erasure"]),
        isNotNull(requestTasks.completedBy),
      ),
    )
    .orderBy(desc(requestTasks.finishedAt))
    .limit(1);
  return row?.by ?? null;
}

/** For the reports page: appeals received, granted, denied and still open, received in [from, to). */
export async function countAppeals(
  db: Db,
  p: { from: Date; to: Date },
): Promise<{ received: number; granted: number; denied: number; open: number }> {
  const [row] = await db
    .select({
      received: sql<number>`count(*)::int`,
      granted: sql<number>`count(*) filter (where ${requestAppeals.decision} = 'granted')::int`,
      denied: sql<number>`count(*) filter (where ${requestAppeals.decision} = 'denied')::int`,
      open: sql<number>`count(*) filter (where ${requestAppeals.decidedAt} is null)::int`,
    })
    .from(requestAppeals)
    .where(sql`${requestAppeals.receivedAt} >= ${p.from} and ${requestAppeals.receivedAt} < ${p.to}`);
  return row ?? { received: 0, granted: 0, denied: 0, open: 0 };
}

/** Appeals still undecided whose decision date is on or before `horizon` (served by the partial index). */
export async function undecidedAppealsDueBy(db: Db, p: { horizon: string; limit: number }) {
  return db
    .select({
      id: requestAppeals.id,
      requestId: requestAppeals.requestId,
      decideBy: requestAppeals.decideBy,
      reference: requests.reference,
      assigneeId: requests.assigneeId,
    })
    .from(requestAppeals)
    .innerJoin(requests, eq(requests.id, requestAppeals.requestId))
    .where(and(isNull(requestAppeals.decidedAt), lte(requestAppeals.decideBy, p.horizon)))
    .orderBy(asc(requestAppeals.decideBy))
    .limit(p.limit);
}
