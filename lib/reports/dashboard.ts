import { db } from "@/lib/db/client";
import {
  closedStats,
  monthlyVolumeByType,
  onTimeRateByMonth,
  openFigures,
  overdueList,
} from "@/lib/db/queries/dashboard";
import { monthlyCountersTimeZone } from "@/lib/db/queries/monthly-aggregates";
import { localDateOf } from "@/lib/domain/deadline";
import { controllerProfile } from "@/lib/env";
import { timed } from "@/lib/net/server-timing";

/**
 * Everything the managers' board shows, computed for "today" in the controller's time zone; the charts
 * cover the last 12 calendar months of the zone the monthly counters are kept in (`monthsTimeZone`, the
 * controller's once the workers' `dashboard.months` job has run), which the page names beside them.
 */
export async function loadDashboard(now = new Date()) {
  const today = localDateOf(now, controllerProfile().timeZone);
  const since90 = new Date(now.getTime() - 90 * 86_400_000);
  const [{ kpis, workload }, closed, overdue, volume, onTime, monthsTimeZone] = await Promise.all([
    timed("db.open", () => openFigures(db(), { now })),
    timed("db.closed", () => closedStats(db(), { since: since90 })),
    timed("db.overdue", () => overdueList(db(), { now, today, limit: 50 })),
    timed("db.volume", () => monthlyVolumeByType(db(), { now, months: 12 })),
    timed("db.ontime", () => onTimeRateByMonth(db(), { now, months: 12 })),
    monthlyCountersTimeZone(db()),
  ]);
  return { today, kpis, closed, overdue, workload, volume, onTime, monthsTimeZone, generatedAt: now.toISOString() };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
