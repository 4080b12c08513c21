import { z } from "zod";
import { defineJob } from "../define-job";

/** Scheduled: deletes the files of expired packages (the row stays, marked purged, for the record). */
export const EXPORT_PURGE_EVERY_MS = 60 * 60_000;
export const exportPurgeJob = defineJob({
  queue: "system",
  name: "exports.purge",
  payload: z.object({ now: z.iso.datetime().optional() }).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 10_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "export-purge", repeat: { every: EXPORT_PURGE_EVERY_MS } },
});
