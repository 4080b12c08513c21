import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "../define-job";

/**
 * Scheduled: re-queues from Postgres a CSV import whose job failed on infrastructure errors or was lost
 * with Redis, and marks it failed after IMPORT_MAX_REQUEUES (lib/requests/import/sweep.ts).
 */
export const requestsImportSweepJob = defineJob({
  queue: "system",
  name: "requests.import-sweep",
  payload: z.object({}).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "requests-import-sweep", repeat: () => ({ every: env().IMPORT_SWEEP_EVERY_MS }) },
});
