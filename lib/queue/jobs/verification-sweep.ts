import { z } from "zod";
import { defineJob } from "../define-job";

export const VERIFICATION_SWEEP_EVERY_MS = 5 * 60_000;

/** Scheduled: reminds unverified requests once after N days and withdraws them after M days. */
export const verificationSweepJob = defineJob({
  queue: "watch",
  name: "watch.verification-sweep",
  payload: z.object({ now: z.iso.datetime().optional() }).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 10_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "verification-sweep", repeat: { every: VERIFICATION_SWEEP_EVERY_MS } },
});
