import type { Db } from "@/lib/db/client";
import { listClockEvents, type RequestRow } from "@/lib/db/queries/requests";
import { todayForRequest } from "@/lib/domain/deadline";
import { requestDeadline } from "@/lib/domain/deadline/request-deadline";
import type { LifecycleContext } from "@/lib/domain/lifecycle";
import { fulfilmentProgress } from "@/lib/db/queries/fulfilment-progress";

/**
 * Everything the pure lifecycle needs to decide about this request at `now`: the transition and
 * the workspace (which offers only what the lifecycle allows) read it the same way.
 */
export async function loadLifecycleContext(db: Db, row: RequestRow, now: Date) {
  const [clockEvents, fulfilment] = await Promise.all([
    listClockEvents(db, { requestId: row.id }),
    fulfilmentProgress(db, row.id),
  ]);
  const extended = row.extendedAt !== null;
  // The row carries the residence, the controller calendar it was filed under and the receipt time.
  const deadline = requestDeadline({ ...row, extended, clockEvents, asOf: now });
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
    clockStopAllowed: deadline.clockStopAllowed,
    fulfilment,
  };
  return { context, clockEvents, deadline, today };
}
