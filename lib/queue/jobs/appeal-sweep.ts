import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "../define-job";

/** Scheduled (with the deadline sweep): rings the bell for appeals close to or past their decision date. */
export const appealSweepJob = defineJob({
  queue: "watch",
  name: "watch.appeal-sweep",
  payload: z.object({ now: z.iso.datetime().optional() }).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 10_000 }, removeOnComplete: 50, removeOnFail: 200 },
  schedule: { id: "appeal-sweep", repeat: () => ({ every: env().DEADLINE_SWEEP_EVERY_MS }) },
});
