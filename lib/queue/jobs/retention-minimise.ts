import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Scheduled daily (03:45 UTC): minimises closed requests past the record period of their regime
 * (RETENTION_MONTHS, RETENTION_MONTHS_BY_REGIME; lib/maintenance/minimise-closed-requests.ts).
 */
export const retentionMinimiseJob = defineJob({
  queue: "system",
  name: "retention.minimise",
  payload: z.object({ now: z.iso.datetime().optional() }).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 60_000 }, removeOnComplete: 30, removeOnFail: 100 },
  schedule: { id: "retention-minimise", repeat: { pattern: "45 3 * * *", tz: "UTC" } },
});
