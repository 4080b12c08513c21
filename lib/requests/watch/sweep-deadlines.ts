import { db } from "@/lib/db/client";
import { latestDateNotices } from "@/lib/db/queries/complaints";
import {
  acknowledgedRequests,
  dropStaleQueueMarks,
  findWatchCandidatePage,
  markCrossingsQueued,
  notifiedKeys,
  WATCH_BRANCHES,
  type WatchCandidate,
  type WatchCursor,
  type WatchWindow,
} from "@/lib/db/queries/watch";
import { env } from "@/lib/env";
import { enqueueJobs } from "@/lib/outbox/enqueue";
import { notifyCrossingJob } from "@/lib/queue/jobs/notify-crossing";
import {
  acknowledgementDue,
  addDays,
  localDateOf,
  REGIMES,
  requestTimeZone,
  todayForRequest,
  type RegimeCode,
} from "@/lib/domain/deadline";
import { thresholdsCrossed, type Threshold } from "@/lib/domain/thresholds";

const DAY = 86_400_000;
const laterOf = (a: string, b: string | undefined) => (b && b > a ? b : a);
/** Candidates read per page; every page is queued before the next is read. */
export const WATCH_PAGE_SIZE = 1_000;
/**
 * How far back the "unassigned" branch looks: the threshold fires 2 business days after verification
 * (at most a few calendar days with holidays); a month covers any outage of the sweep, and requests left
 * unassigned longer were already notified (once per verification date) and need not be read again.
 */
const UNASSIGNED_LOOKBACK_DAYS = 30;

export interface SweepResult {
  candidates: number;
  /** The crossings due and not yet notified. */
  queued: { requestId: string; threshold: Threshold; forDate: string }[];
  /** How many of them this sweep put in the outbox (the others were queued less than DEADLINE_REQUEUE_AFTER_MS ago). */
  enqueued: number;
}

/**
 * Finds the (request, threshold, day) notifications that are due and not yet sent, and queues one
 * notify job each through the outbox. Postgres is the truth: if Redis lost the queued jobs, a later
 * sweep finds the same unsent crossings and queues them again once their queue mark is older than
 * DEADLINE_REQUEUE_AFTER_MS (not at every sweep: at a million open requests a backlog longer than one
 * sweep interval multiplied the outbox by millions of rows); the notify job's claim row keeps every
 * notification to exactly once.
 */
export function sweepDeadlines(now = new Date(), pageSize = WATCH_PAGE_SIZE): Promise<SweepResult> {
  return walkCandidates(now, pageSize, true);
}

/** The (request, threshold, day) notifications due at `now` and not yet sent; queues nothing. */
export function findCrossings(now: Date, pageSize = WATCH_PAGE_SIZE): Promise<SweepResult> {
  return walkCandidates(now, pageSize, false);
}

async function walkCandidates(now: Date, pageSize: number, enqueue: boolean): Promise<SweepResult> {
  // Due dates are local dates: look one day past today+7 so that every zone's "today" is covered.
  const window: WatchWindow = {
    horizon: addDays(localDateOf(now, "UTC"), 8),
    unassignedSince: new Date(now.getTime() - UNASSIGNED_LOOKBACK_DAYS * DAY),
    unassignedBefore: new Date(now.getTime() - 2 * DAY),
    ccpaSince: new Date(now.getTime() - 20 * DAY),
  };
  const seen = new Set<string>();
  const queued: SweepResult["queued"] = [];
  let enqueued = 0;
  if (enqueue) await dropStaleQueueMarks(db());
  for (const branch of WATCH_BRANCHES) {
    let after: WatchCursor = null;
    do {
      const page = await findWatchCandidatePage(db(), { branch, window, after, limit: pageSize });
      const fresh = page.rows.filter((c) => !seen.has(c.id));
      for (const c of fresh) seen.add(c.id);
      const found = await crossingsOf(fresh, now);
      if (enqueue && found.length > 0)
        enqueued += await db().transaction(async (tx) => {
          const due = await markCrossingsQueued(tx, {
            crossings: found,
            requeueAfterMs: env().DEADLINE_REQUEUE_AFTER_MS,
          });
          return enqueueJobs(tx, notifyCrossingJob, due as typeof found);
        });
      queued.push(...found);
      after = page.next;
    } while (after);
  }
  return { candidates: seen.size, queued, enqueued };
}

/** The crossings of one page of candidates that were not notified yet. */
async function crossingsOf(candidates: WatchCandidate[], now: Date): Promise<SweepResult["queued"]> {
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.id);
  const [sent, acknowledged, announced] = await Promise.all([
    notifiedKeys(db(), { ids }),
    acknowledgedRequests(db(), { ids: candidates.filter((c) => c.regime === "CCPA").map((c) => c.id) }),
    // nFADP: once the person was told a later date (art. 18 al. 2 OPDo), that date is the one to keep.
    latestDateNotices(db(), { ids: candidates.filter((c) => c.regime === "NFADP").map((c) => c.id) }),
  ]);
  const queued: SweepResult["queued"] = [];
  // "Today" once per zone; the other local dates only where a threshold needs them (localDateOf costs
  // ~0.1 ms, three per candidate were most of a page's time).
  const todays = new Map<string, string>();
  for (const c of candidates) {
    // Receipt and "today" in the controller's zone; the acknowledgement in California business days.
    const zone = requestTimeZone(c);
    const regime = REGIMES[c.regime as RegimeCode] as (typeof REGIMES)[RegimeCode] | undefined;
    const today = todays.get(zone) ?? todayForRequest(now, c);
    todays.set(zone, today);
    const acknowledges = Boolean(regime && regime.acknowledgeWithinBusinessDays !== null);
    const crossings = thresholdsCrossed(
      {
        status: c.status,
        dueDate: laterOf(c.dueDate, announced.get(c.id)),
        firstDueDate: c.firstDueDate,
        extended: c.extendedAt !== null,
        extensionAllowed: Boolean(regime?.extension),
        assigneeId: c.assigneeId,
        paused: c.pausedAt !== null,
        verifiedDate: c.verifiedAt && !c.assigneeId ? localDateOf(c.verifiedAt, zone) : null,
        acknowledgeBy: acknowledges
          ? (acknowledgementDue(regime!.code, localDateOf(c.receivedAt, zone))?.date ?? null)
          : null,
        acknowledged: acknowledged.has(c.id),
      },
      today,
    );
    for (const x of crossings) {
      if (sent.has(`${c.id}|${x.threshold}|${x.forDate}`)) continue;
      queued.push({ requestId: c.id, threshold: x.threshold, forDate: x.forDate });
    }
  }
  return queued;
}
