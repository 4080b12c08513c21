import { db } from "@/lib/db/client";
import { latestDateNotices } from "@/lib/db/queries/complaints";
import { acknowledgedRequests, findWatchCandidates, notifiedKeys } from "@/lib/db/queries/watch";
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
const BATCH = 5_000;

export interface SweepResult {
  candidates: number;
  queued: { requestId: string; threshold: Threshold; forDate: string }[];
}

/**
 * Finds the (request, threshold, day) notifications that are due and not yet sent, and queues one
 * notify job each through the outbox. Postgres is the truth: if Redis lost the queued jobs, the next
 * sweep finds the same unsent crossings and queues them again; the notify job's claim row keeps
 * every notification to exactly once.
 */
export async function sweepDeadlines(now = new Date()): Promise<SweepResult> {
  const result = await findCrossings(now);
  await enqueueJobs(db(), notifyCrossingJob, result.queued);
  return result;
}

/** The (request, threshold, day) notifications due at `now` and not yet sent; queues nothing. */
export async function findCrossings(now: Date): Promise<SweepResult> {
  // Due dates are local dates: look one day past today+7 so that every zone's "today" is covered.
  const horizon = addDays(localDateOf(now, "UTC"), 8);
  const candidates = await findWatchCandidates(db(), {
    horizon,
    unassignedBefore: new Date(now.getTime() - 2 * DAY),
    ccpaSince: new Date(now.getTime() - 20 * DAY),
    limit: BATCH,
  });
  const ids = candidates.map((c) => c.id);
  const [sent, acknowledged, announced] = await Promise.all([
    notifiedKeys(db(), { ids }),
    acknowledgedRequests(db(), { ids: candidates.filter((c) => c.regime === "CCPA").map((c) => c.id) }),
    // nFADP: once the person was told a later date (art. 18 al. 3 OPDo), that date is the one to keep.
    latestDateNotices(db(), { ids: candidates.filter((c) => c.regime === "NFADP").map((c) => c.id) }),
  ]);

  const queued: SweepResult["queued"] = [];
  for (const c of candidates) {
    // Receipt and "today" in the controller's zone; the acknowledgement in California business days.
    const zone = requestTimeZone(c);
    const regime = REGIMES[c.regime as RegimeCode] as (typeof REGIMES)[RegimeCode] | undefined;
    const receivedDate = localDateOf(c.receivedAt, zone);
    const crossings = thresholdsCrossed(
      {
        status: c.status,
        dueDate: laterOf(c.dueDate, announced.get(c.id)),
        firstDueDate: c.firstDueDate,
        extended: c.extendedAt !== null,
        extensionAllowed: Boolean(regime?.extension),
        assigneeId: c.assigneeId,
        paused: c.pausedAt !== null,
        verifiedDate: c.verifiedAt ? localDateOf(c.verifiedAt, zone) : null,
        acknowledgeBy: regime ? (acknowledgementDue(regime.code, receivedDate)?.date ?? null) : null,
        acknowledged: acknowledged.has(c.id),
      },
      todayForRequest(now, c),
    );
    for (const x of crossings) {
      if (sent.has(`${c.id}|${x.threshold}|${x.forDate}`)) continue;
      queued.push({ requestId: c.id, threshold: x.threshold, forDate: x.forDate });
    }
  }
  return { candidates: candidates.length, queued };
}
