import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "../define-job";

/** Scheduled daily at DIGEST_HOUR in DIGEST_TIME_ZONE: the managers' and DPOs' digest. */
export const dailyDigestJob = defineJob({
  queue: "watch",
  name: "watch.daily-digest",
  payload: z.object({ now: z.iso.datetime().optional() }).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 60_000 }, removeOnComplete: 30, removeOnFail: 100 },
  schedule: {
    id: "daily-digest",
    repeat: () => ({ pattern: `0 ${env().DIGEST_HOUR} * * *`, tz: env().DIGEST_TIME_ZONE }),
  },
});
