import type { z } from "zod";
import { db } from "@/lib/db/client";
import { decodeCursor, encodeCursor, listQueuePage, type QueueRow } from "@/lib/db/queries/queue";
import { todayForRequest } from "@/lib/domain/deadline";
import { requestTimeZone } from "@/lib/domain/deadline/today-for-request";
import { DomainError } from "@/lib/domain/errors";
import { clockRunning, isOverdue } from "@/lib/domain/overdue";
import type { listRequestsQuery, requestSummary } from "./schemas";

export type RequestSummary = z.infer<typeof requestSummary>;

/** The API's view of a queue row: no subject field (those need requests:read_subject, on one request). */
export function toSummary(
  r: Omit<QueueRow, "emailEnc" | "assigneeName"> & { assigneeName?: string | null },
  now: Date,
): RequestSummary {
  return {
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    regime: r.regime,
    jurisdiction: r.jurisdiction,
    channel: r.channel,
    receivedAt: r.receivedAt.toISOString(),
    dueDate: r.dueDate,
    controllerTimeZone: requestTimeZone(r),
    clockStopped: !clockRunning(r) && r.pausedAt !== null,
    overdue: isOverdue(r, todayForRequest(now, r)),
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeName ?? null,
    duplicateOf: r.duplicateOf,
    version: r.version,
  };
}

/**
 * One page of requests for the API: the staff queue's own query and filters (lib/db/queries/queue.ts),
 * keyset-paged on (due date, id), so a deep page costs what the first does and a request changing
 * while a client pages never shifts the others.
 */
export async function listRequestsForApi(
  q: z.infer<typeof listRequestsQuery>,
  now = new Date(),
): Promise<{ data: RequestSummary[]; nextCursor: string | null }> {
  const after = q.cursor ? decodeCursor(q.cursor, "due") : null;
  if (q.cursor && !after)
    throw new DomainError("invalid_request", "The cursor is not one this API returned.", {
      cursor: "is not a cursor returned by this API",
    });
  const page = await listQueuePage(db(), {
    filters: {
      status: q.status,
      type: q.type,
      regime: q.regime,
      due: q.overdue ? "overdue" : undefined,
      dueBefore: q.dueBefore,
      assignee: q.assignee,
      sort: "due",
    },
    viewerId: "",
    now,
    after,
    limit: q.limit,
  });
  return { data: page.rows.map((r) => toSummary(r, now)), nextCursor: page.next ? encodeCursor(page.next) : null };
}
