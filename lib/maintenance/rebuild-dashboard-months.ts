import { appendAudit } from "@/lib/audit/append";
import { db, type Db } from "@/lib/db/client";
import {
  lockMonthlyCountersTimeZone,
  monthlyCountersTimeZone,
  rebuildMonthlyCounters,
  type MonthlyRebuildFigures,
} from "@/lib/db/queries/monthly-aggregates";
import { controllerProfile } from "@/lib/env";

export type MonthsRebuild = { from: string; to: string } & (
  { rebuilt: false } | ({ rebuilt: true } & MonthlyRebuildFigures)
);

/**
 * Inside the caller's transaction: when the monthly counters are kept in another zone than `timeZone`,
 * recounts them in its calendar months, records the zone and audits it (`dashboard.months_rebuilt`).
 * Under the calendar row's lock, so a second run (another worker, a retry) finds the zone set and does nothing.
 */
export async function rebuildDashboardMonthsIn(
  tx: Db,
  p: { timeZone: string; now: Date; lockTimeoutMs?: number },
): Promise<MonthsRebuild> {
  const from = await lockMonthlyCountersTimeZone(tx);
  if (from === p.timeZone) return { rebuilt: false, from, to: p.timeZone };
  const figures = await rebuildMonthlyCounters(tx, p);
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "dashboard.months_rebuilt",
    payload: { from, to: p.timeZone, ...figures },
  });
  return { rebuilt: true, from, to: p.timeZone, ...figures };
}

/**
 * The workers' `dashboard.months` job: the dashboard's months are the controller's calendar months
 * (CONTROLLER_TIME_ZONE). Reads one row when nothing changed; after the zone changed, rebuilds once.
 */
export async function rebuildDashboardMonths(p: { timeZone?: string; now?: Date } = {}): Promise<MonthsRebuild> {
  const timeZone = p.timeZone ?? controllerProfile().timeZone;
  const now = p.now ?? new Date();
  const current = await monthlyCountersTimeZone(db());
  if (current === timeZone) return { rebuilt: false, from: current, to: timeZone };
  return db().transaction((tx) => rebuildDashboardMonthsIn(tx, { timeZone, now }));
}
