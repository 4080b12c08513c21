import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Scheduled every minute (one row read): when CONTROLLER_TIME_ZONE no longer matches the zone the dashboard's monthly
 * counters are kept in, recounts them in the controller's calendar months, audited
 * (lib/maintenance/rebuild-dashboard-months.ts).
 */
export const dashboardMonthsJob = defineJob({
  queue: "system",
  name: "dashboard.months",
  payload: z.object({}).passthrough(),
  options: { attempts: 5, backoff: { type: "exponential", delay: 30_000 }, removeOnComplete: 30, removeOnFail: 100 },
  schedule: { id: "dashboard-months", repeat: { every: 60_000 } },
});
