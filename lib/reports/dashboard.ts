import { db } from "@/lib/db/client";
import {
  closedStats,
  monthlyVolumeByType,
  onTimeRateByMonth,
  openFigures,
  overdueList,
} from "@/lib/db/queries/dashboard";
import { localDateOf } from "@/lib/domain/deadline";
import { controllerProfile } from "@/lib/env";
import { timed } from "@/lib/net/server-timing";

/** Everything the managers' board shows, computed for "today" in the controller's time zone. */
export async function loadDashboard(now = new Date()) {
  const today = localDateOf(now, controllerProfile().timeZone);
  const since90 = new Date(now.getTime() - 90 * 86_400_000);
  const since12m = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const [{ kpis, workload }, closed, overdue, volume, onTime] = await Promise.all([
    timed("db.open", () => openFigures(db(), { now })),
    timed("db.closed", () => closedStats(db(), { since: since90 })),
    timed("db.overdue", () => overdueList(db(), { now, today, limit: 50 })),
    timed("db.volume", () => monthlyVolumeByType(db(), { since: since12m })),
    timed("db.ontime", () => onTimeRateByMonth(db(), { since: since12m })),
  ]);
  return { today, kpis, closed, overdue, workload, volume, onTime, generatedAt: now.toISOString() };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
