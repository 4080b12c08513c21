import { z } from "zod";
import { defineJob } from "../define-job";

export const HEARTBEAT_EVERY_MS = 10_000;

/** Scheduled beat proving a workers process takes jobs; /api/health reads the last one. */
export const heartbeatJob = defineJob({
  queue: "system",
  name: "system.heartbeat",
  payload: z.object({}).passthrough(),
  options: { removeOnComplete: 10, removeOnFail: 10 },
  schedule: { id: "heartbeat", repeat: { every: HEARTBEAT_EVERY_MS } },
});
/** A beat older than this marks the workers as down. */
export const HEARTBEAT_STALE_MS = 60_000;
