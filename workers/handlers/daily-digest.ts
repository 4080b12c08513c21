import { sendDailyDigest } from "@/lib/requests/watch/daily-digest";
import { dailyDigestJob } from "@/lib/queue/jobs/daily-digest";
import { handlerFor } from "../handler";

export const dailyDigestHandler = handlerFor(dailyDigestJob, (payload) =>
  sendDailyDigest(payload.now ? new Date(payload.now) : new Date()),
);
