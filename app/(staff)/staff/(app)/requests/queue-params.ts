import { isChannel, isRequestStatus, isRequestType, type QueueFilters } from "@/lib/db/queries/queue";

export type QueueSearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The queue's URL parameters → filters. Unknown values are dropped, so any URL renders. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export function parseQueueParams(sp: QueueSearchParams): {
  filters: Omit<QueueFilters, "emailBidx" | "reference" | "nameTokens">;
  q?: string;
  after?: string;
  size: number;
} {
  const status = first(sp.status);
  const due = first(sp.due);
  const jurisdiction = first(sp.jurisdiction)?.toUpperCase();
  return {
    filters: {
      status: status === "all" || isRequestStatus(status) ? (status as QueueFilters["status"]) : "open",
      type: isRequestType(first(sp.type)) ? (first(sp.type) as QueueFilters["type"]) : undefined,
      assignee: first(sp.assignee),
      due: due === "overdue" || due === "week" ? due : undefined,
      jurisdiction: jurisdiction && /^[A-Z]{2}(-[A-Z]{2})?$/.test(jurisdiction) ? jurisdiction : undefined,
      channel: isChannel(first(sp.channel)) ? (first(sp.channel) as QueueFilters["channel"]) : undefined,
      sort: first(sp.sort) === "received" ? "received" : "due",
    },
    q: first(sp.q),
    after: first(sp.after),
    size: (PAGE_SIZES as readonly number[]).includes(Number(first(sp.size))) ? Number(first(sp.size)) : 50,
  };
}

/** The URL search string for a set of parameters, without empty ones (stable order for saved views). */
export function queueQuery(params: Record<string, string | undefined>): string {
  const keys = ["status", "type", "assignee", "due", "jurisdiction", "channel", "q", "sort", "size", "after"];
  const out = new URLSearchParams();
  for (const k of keys) {
    const v = params[k];
    if (v) out.set(k, v);
  }
  return out.toString();
}
