import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Scheduled hourly, and queued by `npm run keys:rotate -- --job`: re-encrypts every stored value under
 * the current data key and rebuilds the blind indexes under the current BLIND_INDEX_KEY, resuming where
 * the last run stopped (lib/maintenance/rotate-keys.ts). Once done for the current keys it reads two rows.
 */
export const keysRotateJob = defineJob({
  queue: "system",
  name: "keys.rotate",
  payload: z.object({ batchSize: z.number().int().min(1).max(10_000).optional() }).passthrough(),
  options: { attempts: 5, backoff: { type: "exponential", delay: 60_000 }, removeOnComplete: 30, removeOnFail: 100 },
  schedule: { id: "keys-rotate", repeat: { every: 60 * 60_000 } },
});
