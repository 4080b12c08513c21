import { db } from "@/lib/db/client";
import { countQueueByStatus } from "@/lib/db/queries/queue";
import type { RequestStatus } from "@/lib/domain/vocabulary";

/**
 * Requests per status for the queue's tabs. Counting a million rows costs about 1.5 s, so each web
 * process keeps the answer for a short while: the tabs may lag a few seconds, the list never does.
 */
const TTL_MS = 30_000;
type Holder = { at: number; value?: Record<RequestStatus, number>; pending?: Promise<Record<RequestStatus, number>> };
const holder = ((globalThis as Record<string, unknown>).__dsrQueueCounts ??= { at: 0 }) as Holder;

export async function queueStatusCounts(now = Date.now()): Promise<Record<RequestStatus, number>> {
  if (holder.value && now - holder.at < TTL_MS) return holder.value;
  // Concurrent page loads share one count instead of each starting their own.
  holder.pending ??= countQueueByStatus(db())
    .then((value) => {
      holder.value = value;
      holder.at = Date.now();
      return value;
    })
    .finally(() => {
      holder.pending = undefined;
    });
  return holder.pending;
}
