import { and, asc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { requestClockEvents, requestReferenceSeq, requests } from "../schema";
import { OPEN_STATUSES } from "@/lib/domain/vocabulary";

export type RequestRow = typeof requests.$inferSelect;
export type NewRequestRow = typeof requests.$inferInsert;

export async function nextReferenceNumber(db: Db): Promise<number> {
  const { rows } = await db.execute<{ n: string }>(sql`select nextval(${requestReferenceSeq.seqName}) as n`);
  return Number(rows[0]!.n);
}

/** A new request always records whose calendar counts it (the columns are nullable for legacy rows only). */
export async function insertRequest(
  db: Db,
  values: NewRequestRow & { controllerCountry: string; controllerTimeZone: string },
): Promise<RequestRow> {
  const [row] = await db.insert(requests).values(values).returning();
  return row!;
}

/**
 * How many requests for this e-mail (blind index) received since `since` were verified, and when the
 * oldest of them was received. Takes a transaction-scoped lock on the address first, so two intakes
 * for one address count one after the other.
 */
export async function countVerifiedRequestsSince(
  db: Db,
  params: { emailBidx: string | string[]; since: Date },
): Promise<{ count: number; oldest: Date | null }> {
  const bidx = [params.emailBidx].flat();
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`intake-quota:${bidx[0]}`}, 0))`);
  const [row] = await verifiedSinceQuery(db, params);
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** The count behind countVerifiedRequestsSince, as a query to run or to embed in a statement. */
export function verifiedSinceQuery(db: Db, params: { emailBidx: string | string[]; since: Date }) {
  return db
    .select({
      count: sql<number>`count(*)::int`.as("count"),
      oldest: sql<Date | null>`min(${requests.receivedAt})`.as("oldest"),
    })
    .from(requests)
    .where(
      and(
        inArray(requests.emailBidx, [params.emailBidx].flat()),
        gte(requests.receivedAt, params.since),
        isNotNull(requests.verifiedAt),
      ),
    );
}

/** An open request of the same type for the same e-mail (blind index) received since `since`. */
/** `emailBidx`: every index of the address (two during a blind-index rotation, lib/crypto/env-keys.ts). */
export async function findOpenDuplicate(
  db: Db,
  params: { emailBidx: string | string[]; type: RequestRow["type"]; since: Date },
) {
  const [row] = await openDuplicateQuery(db, params);
  return row ?? null;
}

/** findOpenDuplicate's query, to run or to embed in a statement. */
export function openDuplicateQuery(
  db: Db,
  params: { emailBidx: string | string[]; type: RequestRow["type"]; since: Date },
) {
  return db
    .select({ id: requests.id, reference: requests.reference })
    .from(requests)
    .where(
      and(
        inArray(requests.emailBidx, [params.emailBidx].flat()),
        eq(requests.type, params.type),
        gte(requests.receivedAt, params.since),
        inArray(requests.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(asc(requests.receivedAt))
    .limit(1);
}

export async function findRequest(db: Db, params: { id: string }): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.id, params.id)).limit(1);
  return row ?? null;
}

/** Reads and locks the row for the rest of the transaction. */
export async function lockRequest(db: Db, params: { id: string }): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.id, params.id)).for("update").limit(1);
  return row ?? null;
}

export async function findRequestByStatusTokenHash(db: Db, params: { tokenHash: string }): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.statusTokenHash, params.tokenHash)).limit(1);
  return row ?? null;
}

/**
 * Optimistic concurrency: the update applies only if the row still has the version the caller read;
 * returns null when another writer got there first.
 */
export async function updateRequestIfVersion(
  db: Db,
  params: { id: string; version: number; set: Partial<NewRequestRow> },
): Promise<RequestRow | null> {
  const [row] = await db
    .update(requests)
    .set({ ...params.set, version: params.version + 1, updatedAt: new Date() })
    .where(and(eq(requests.id, params.id), eq(requests.version, params.version)))
    .returning();
  return row ?? null;
}

export async function insertClockEvent(
  db: Db,
  params: {
    requestId: string;
    kind: "pause" | "resume" | "extend";
    at: Date;
    reason?: string | null;
    actorId?: string | null;
  },
) {
  await db.insert(requestClockEvents).values({
    requestId: params.requestId,
    kind: params.kind,
    at: params.at,
    reason: params.reason ?? null,
    actorId: params.actorId ?? null,
  });
}

export async function listClockEvents(db: Db, params: { requestId: string }) {
  return db
    .select()
    .from(requestClockEvents)
    .where(eq(requestClockEvents.requestId, params.requestId))
    .orderBy(asc(requestClockEvents.at));
}
