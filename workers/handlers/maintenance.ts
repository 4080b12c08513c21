import { rebuildDashboardMonths } from "@/lib/maintenance/rebuild-dashboard-months";
import { minimiseClosedRequests } from "@/lib/maintenance/minimise-closed-requests";
import { pruneTables } from "@/lib/maintenance/prune-tables";
import { rotateKeys } from "@/lib/maintenance/rotate-keys";
import { dashboardMonthsJob } from "@/lib/queue/jobs/dashboard-months";
import { keysRotateJob } from "@/lib/queue/jobs/keys-rotate";
import { maintenancePruneJob } from "@/lib/queue/jobs/maintenance-prune";
import { retentionMinimiseJob } from "@/lib/queue/jobs/retention-minimise";
import { handlerFor } from "../handler";

const at = (now?: string) => (now ? new Date(now) : new Date());

export const maintenancePruneHandler = handlerFor(maintenancePruneJob, (payload) => pruneTables(at(payload.now)));

export const retentionMinimiseHandler = handlerFor(retentionMinimiseJob, (payload) =>
  minimiseClosedRequests(at(payload.now)),
);

export const keysRotateHandler = handlerFor(keysRotateJob, async (payload, ctx) => {
  let lastTable: string | null = null;
  const result = await rotateKeys({
    batchSize: payload.batchSize,
    onProgress: (p) => {
      // One line per table reached, not per batch; BullMQ's progress carries the figures for the dashboard.
      if (p.table !== lastTable) ctx.log.info(p, "key rotation progress");
      lastTable = p.table;
      void ctx.job.updateProgress({ task: p.task, table: p.table, done: p.done });
    },
  });
  return result;
});

export const dashboardMonthsHandler = handlerFor(dashboardMonthsJob, async (_payload, ctx) => {
  const result = await rebuildDashboardMonths();
  if (result.rebuilt) ctx.log.info(result, "dashboard months recounted in the controller's time zone");
  return result;
});
