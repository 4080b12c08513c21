import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { mailDeliveries, reminders, requests, staffUsers } from "../schema";
import type { StaffRole } from "@/lib/domain/vocabulary";

const WORKING = ["new", "in_progress", "awaiting_subject", "in_review"] as const;
const OPEN = ["unverified", ...WORKING] as const;

const candidateColumns = {
  id: requests.id,
  reference: requests.reference,
  status: requests.status,
  regime: requests.regime,
  jurisdiction: requests.jurisdiction,
  controllerCountry: requests.controllerCountry,
  controllerTimeZone: requests.controllerTimeZone,
  receivedAt: requests.receivedAt,
  verifiedAt: requests.verifiedAt,
  dueDate: requests.dueDate,
  firstDueDate: requests.firstDueDate,
  extendedAt: requests.extendedAt,
  assigneeId: requests.assigneeId,
  pausedAt: requests.pausedAt,
};
export type WatchCandidate = { [K in keyof typeof candidateColumns]: (typeof requests.$inferSelect)[K] };

/**
 * Requests that may have crossed a threshold. Each branch is an index range, so the cost follows the
 * number of requests near or past their deadline, not the size of the table:
 * due by `horizon` (partial index on open requests by due date), unassigned since before
 * `unassignedBefore` (assignee index, null prefix), and recent CCPA requests (received index).
 */
export async function findWatchCandidates(
  db: Db,
  p: { horizon: string; unassignedBefore: Date; ccpaSince: Date; limit: number },
): Promise<WatchCandidate[]> {
  const due = db
    .select(candidateColumns)
    .from(requests)
    .where(
      and(
        sql`${requests.status} in ('unverified','new','in_progress','awaiting_subject','in_review')`,
        lte(requests.dueDate, p.horizon),
      ),
    )
    .orderBy(requests.dueDate, requests.id)
    .limit(p.limit);
  const unassigned = db
    .select(candidateColumns)
    .from(requests)
    .where(
      and(
        isNull(requests.assigneeId),
        inArray(requests.status, [...WORKING]),
        lte(requests.verifiedAt, p.unassignedBefore),
      ),
    )
    .limit(p.limit);
  const ccpa = db
    .select(candidateColumns)
    .from(requests)
    .where(
      and(
        sql`${requests.receivedAt} >= ${p.ccpaSince}`,
        eq(requests.regime, "CCPA"),
        inArray(requests.status, [...OPEN]),
      ),
    )
    .limit(p.limit);
  const [a, b, c] = await Promise.all([due, unassigned, ccpa]);
  const byId = new Map<string, WatchCandidate>();
  for (const row of [...a, ...b, ...c]) byId.set(row.id, row);
  return [...byId.values()];
}

/** (request, threshold, forDate) keys already notified, among `ids`. */
export async function notifiedKeys(db: Db, p: { ids: string[] }): Promise<Set<string>> {
  if (p.ids.length === 0) return new Set();
  const rows = await db
    .select({ requestId: reminders.requestId, threshold: reminders.threshold, forDate: reminders.forDate })
    .from(reminders)
    .where(inArray(reminders.requestId, p.ids));
  return new Set(rows.map((r) => `${r.requestId}|${r.threshold}|${r.forDate}`));
}

/** Whether each request's first verification mail (its receipt confirmation) was accepted by SMTP. */
export async function acknowledgedRequests(db: Db, p: { ids: string[] }): Promise<Set<string>> {
  if (p.ids.length === 0) return new Set();
  const keys = p.ids.map((id) => `verification-${id}-1`);
  const rows = await db
    .select({ key: mailDeliveries.key })
    .from(mailDeliveries)
    .where(and(inArray(mailDeliveries.key, keys), sql`${mailDeliveries.acceptedAt} is not null`));
  return new Set(rows.map((r) => r.key.slice("verification-".length, -2)));
}

/** Claims a (request, threshold, forDate) notification; false when someone already did. */
export async function claimReminder(
  db: Db,
  p: { requestId: string; threshold: string; forDate: string; detail?: object },
): Promise<string | null> {
  const [row] = await db
    .insert(reminders)
    .values({ requestId: p.requestId, threshold: p.threshold, forDate: p.forDate, detail: p.detail ?? null })
    .onConflictDoNothing()
    .returning({ id: reminders.id });
  return row?.id ?? null;
}

export async function activeStaffWithRoles(db: Db, p: { roles: StaffRole[] }) {
  if (p.roles.length === 0) return [];
  return db
    .select({ id: staffUsers.id, email: staffUsers.email, name: staffUsers.name, role: staffUsers.role })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), inArray(staffUsers.role, p.roles)));
}
