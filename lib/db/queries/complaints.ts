import { and, asc, desc, eq, inArray, isNull, lte, max } from "drizzle-orm";
import { decrypt, decryptMaybe, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "../client";
import { controllerComplaints, requestDateNotices, requests } from "../schema";

export interface Complaint {
  id: string;
  requestId: string;
  body: string;
  receivedAt: Date;
  acknowledgeBy: string;
  acknowledgedAt: Date | null;
  outcome: string | null;
  answeredAt: Date | null;
}

// The request id in the AAD binds a ciphertext to its request: copied to another row, it fails to decrypt.
const bodyAad = (requestId: string) => `controller_complaints.body:${requestId}`;
const outcomeAad = (requestId: string) => `controller_complaints.outcome:${requestId}`;

type Row = typeof controllerComplaints.$inferSelect;
const toComplaint = (r: Row): Complaint => ({
  id: r.id,
  requestId: r.requestId,
  body: decrypt(r.bodyEnc, bodyAad(r.requestId)),
  receivedAt: r.receivedAt,
  acknowledgeBy: r.acknowledgeBy,
  acknowledgedAt: r.acknowledgedAt,
  outcome: decryptMaybe(r.outcomeEnc, outcomeAad(r.requestId)),
  answeredAt: r.answeredAt,
});

/** Records a complaint made to the controller, its text encrypted. */
export async function insertComplaint(
  db: Db,
  p: { requestId: string; body: string; receivedAt: Date; acknowledgeBy: string },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(controllerComplaints)
    .values({
      requestId: p.requestId,
      bodyEnc: encrypt(p.body, bodyAad(p.requestId)),
      receivedAt: p.receivedAt,
      acknowledgeBy: p.acknowledgeBy,
    })
    .returning({ id: controllerComplaints.id });
  return row!;
}

/** A request's complaints, oldest first, decrypted: scoped by the request in the WHERE clause. */
export async function listComplaints(db: Db, p: { requestId: string }): Promise<Complaint[]> {
  const rows = await db
    .select()
    .from(controllerComplaints)
    .where(eq(controllerComplaints.requestId, p.requestId))
    .orderBy(asc(controllerComplaints.receivedAt), asc(controllerComplaints.id));
  return rows.map(toComplaint);
}

/** Marks a complaint acknowledged once; null when it was already (or does not belong to the request). */
export async function markComplaintAcknowledged(
  db: Db,
  p: { id: string; requestId: string; staffId: string; at: Date },
): Promise<Complaint | null> {
  const [row] = await db
    .update(controllerComplaints)
    .set({ acknowledgedAt: p.at, acknowledgedBy: p.staffId })
    .where(
      and(
        eq(controllerComplaints.id, p.id),
        eq(controllerComplaints.requestId, p.requestId),
        isNull(controllerComplaints.acknowledgedAt),
      ),
    )
    .returning();
  return row ? toComplaint(row) : null;
}

/** Records the outcome once (acknowledging it too when that was not done); null when already answered. */
export async function markComplaintAnswered(
  db: Db,
  p: { id: string; requestId: string; staffId: string; outcome: string; at: Date; acknowledgedAt: Date | null },
): Promise<Complaint | null> {
  const [row] = await db
    .update(controllerComplaints)
    .set({
      outcomeEnc: encrypt(p.outcome, outcomeAad(p.requestId)),
      answeredAt: p.at,
      answeredBy: p.staffId,
      ...(p.acknowledgedAt ? {} : { acknowledgedAt: p.at, acknowledgedBy: p.staffId }),
    })
    .where(
      and(
        eq(controllerComplaints.id, p.id),
        eq(controllerComplaints.requestId, p.requestId),
        isNull(controllerComplaints.answeredAt),
      ),
    )
    .returning();
  return row ? toComplaint(row) : null;
}

export async function findComplaint(db: Db, p: { id: string; requestId: string }): Promise<Complaint | null> {
  const [row] = await db
    .select()
    .from(controllerComplaints)
    .where(and(eq(controllerComplaints.id, p.id), eq(controllerComplaints.requestId, p.requestId)));
  return row ? toComplaint(row) : null;
}

/** Complaints still waiting for their acknowledgement that fall due by `horizon` (partial index), without texts. */
export async function unacknowledgedComplaintsDueBy(db: Db, p: { horizon: string; limit: number }) {
  return db
    .select({
      id: controllerComplaints.id,
      requestId: controllerComplaints.requestId,
      acknowledgeBy: controllerComplaints.acknowledgeBy,
      reference: requests.reference,
      assigneeId: requests.assigneeId,
      jurisdiction: requests.jurisdiction,
      controllerCountry: requests.controllerCountry,
      controllerTimeZone: requests.controllerTimeZone,
    })
    .from(controllerComplaints)
    .innerJoin(requests, eq(requests.id, controllerComplaints.requestId))
    .where(and(isNull(controllerComplaints.acknowledgedAt), lte(controllerComplaints.acknowledgeBy, p.horizon)))
    .orderBy(asc(controllerComplaints.acknowledgeBy))
    .limit(p.limit);
}

export interface DateNotice {
  id: string;
  newDate: string;
  reason: string;
  createdAt: Date;
}

/** Records a "new date" notice; null when this date was already notified for the request (a retried form). */
export async function insertDateNotice(
  db: Db,
  p: { requestId: string; newDate: string; reason: string; staffId: string; at: Date },
): Promise<{ id: string } | null> {
  const [row] = await db
    .insert(requestDateNotices)
    .values({ requestId: p.requestId, newDate: p.newDate, reason: p.reason, staffId: p.staffId, createdAt: p.at })
    .onConflictDoNothing()
    .returning({ id: requestDateNotices.id });
  return row ?? null;
}

/** A request's "new date" notices, latest first. */
export async function listDateNotices(db: Db, p: { requestId: string }): Promise<DateNotice[]> {
  return db
    .select({
      id: requestDateNotices.id,
      newDate: requestDateNotices.newDate,
      reason: requestDateNotices.reason,
      createdAt: requestDateNotices.createdAt,
    })
    .from(requestDateNotices)
    .where(eq(requestDateNotices.requestId, p.requestId))
    .orderBy(desc(requestDateNotices.createdAt), desc(requestDateNotices.newDate));
}

/** The latest date announced to each of these requests (nFADP notices), for the deadline watch. */
export async function latestDateNotices(db: Db, p: { ids: string[] }): Promise<Map<string, string>> {
  if (p.ids.length === 0) return new Map();
  const rows = await db
    .select({ requestId: requestDateNotices.requestId, newDate: max(requestDateNotices.newDate) })
    .from(requestDateNotices)
    .where(inArray(requestDateNotices.requestId, p.ids))
    .groupBy(requestDateNotices.requestId);
  return new Map(rows.filter((r) => r.newDate).map((r) => [r.requestId, r.newDate!]));
}
