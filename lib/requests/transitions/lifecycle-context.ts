import type { Db } from "@/lib/db/client";
import { listClockEvents, type RequestRow } from "@/lib/db/queries/requests";
import { clockStartsAtIdentity, regimeForResidence, todayForRequest } from "@/lib/domain/deadline";
import { requestDeadline } from "@/lib/domain/deadline/request-deadline";
import type { LifecycleContext } from "@/lib/domain/lifecycle";
import { fulfilmentProgress } from "@/lib/db/queries/fulfilment-progress";
import { firstVerificationSentAt } from "@/lib/db/queries/verifications";
import { refusalReasonsFor } from "@/lib/domain/refusal-grounds";
import { objectionScopeOf } from "@/lib/requests/subject-fields";

/**
 * Whether the law of this residence starts the clock of this type of request when the identity information asked
 * for arrives (the UK's for every request, the LGPD's for a confirmation).
 */
function clockWaitsForIdentity(jurisdiction: string, type: string): boolean {
  const regime = regimeForResidence(jurisdiction);
  return regime !== undefined && clockStartsAtIdentity(regime, type);
}

/**
 * When the request's clock starts, if it starts when the identity information asked for arrives (UK GDPR
 * Art. 12A(2)(b)): its regime says so and a verification was sent (`askedAt`). Then it is the confirmation's
 * time, and until one comes the time the verification mail went out — the date that mail promised, never
 * "overdue" for a back-dated letter whose month has not begun. Null: the clock runs from the receipt (a request
 * whose identity staff checked at entry, or filed verified by an API client, was asked for nothing).
 */
export function identityClockFrom(
  row: Pick<RequestRow, "jurisdiction" | "type">,
  askedAt: Date | null,
  verifiedAt: Date | null,
): Date | null {
  if (!clockWaitsForIdentity(row.jurisdiction, row.type)) return null;
  return askedAt ? (verifiedAt ?? askedAt) : null;
}

/** `identityClockFrom` with the first verification mail read from the database. */
export async function identityClockStart(
  db: Db,
  row: Pick<RequestRow, "id" | "jurisdiction" | "type">,
  verifiedAt: Date | null,
): Promise<Date | null> {
  if (!clockWaitsForIdentity(row.jurisdiction, row.type)) return null;
  return identityClockFrom(row, await firstVerificationSentAt(db, { requestId: row.id }), verifiedAt);
}

/**
 * Everything the pure lifecycle needs to decide about this request at `now`: the transition and
 * the workspace (which offers only what the lifecycle allows) read it the same way.
 */
export async function loadLifecycleContext(db: Db, row: RequestRow, now: Date) {
  const [clockEvents, fulfilment, identityAskedAt] = await Promise.all([
    listClockEvents(db, { requestId: row.id }),
    fulfilmentProgress(db, row.id),
    // Only a regime whose clock waits for the identity needs to know when it was asked for.
    clockWaitsForIdentity(row.jurisdiction, row.type) ? firstVerificationSentAt(db, { requestId: row.id }) : null,
  ]);
  const identityReceivedAt = identityClockFrom(row, identityAskedAt, row.verifiedAt);
  const extended = row.extendedAt !== null;
  // The row carries the residence, the controller calendar it was filed under and the receipt time.
  const deadline = requestDeadline({ ...row, extended, clockEvents, identityReceivedAt, asOf: now });
  const today = todayForRequest(now, row);
  const context: LifecycleContext = {
    now,
    status: row.status,
    type: row.type,
    assigneeId: row.assigneeId,
    extended,
    extensionAllowed: deadline.extendedDueDate !== null,
    firstDueDate: deadline.firstDueDate,
    today,
    dueDate: deadline.dueDate,
    paused: row.pausedAt !== null,
    clockStopAllowed: deadline.clockStopAllowed,
    refusalDueDate: deadline.refusalDueDate,
    refusalCite: deadline.refusalCite?.en ?? null,
    fulfilment,
    refusalReasons: refusalReasonsFor(deadline.regime, { type: row.type, objectionScope: objectionScopeOf(row) }),
  };
  return { context, clockEvents, deadline, today, identityAskedAt };
}
