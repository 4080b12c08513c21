import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "../define-job";

/** Scheduled (every DEADLINE_SWEEP_EVERY_MS): finds requests that crossed a deadline threshold. */
export const deadlineSweepJob = defineJob({
  queue: "watch",
  name: "watch.deadline-sweep",
  payload: z.object({ now: z.iso.datetime().optional() }).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 10_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "deadline-sweep", repeat: () => ({ every: env().DEADLINE_SWEEP_EVERY_MS }) },
});
