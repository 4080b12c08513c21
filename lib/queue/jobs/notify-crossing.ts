import { z } from "zod";
import { THRESHOLDS } from "@/lib/domain/thresholds";
import { defineJob } from "../define-job";

/** One deadline notification: (request, threshold, day), sent at most once (claimed in Postgres). */
export const notifyCrossingJob = defineJob({
  queue: "watch",
  name: "watch.notify",
  payload: z.object({ requestId: z.uuid(), threshold: z.enum(THRESHOLDS), forDate: z.iso.date() }),
  options: { attempts: 8, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 1000, removeOnFail: 5000 },
});
