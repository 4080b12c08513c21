import { sweepAppeals } from "@/lib/requests/watch/sweep-appeals";
import { appealSweepJob } from "@/lib/queue/jobs/appeal-sweep";
import { handlerFor } from "../handler";

export const appealSweepHandler = handlerFor(appealSweepJob, async (payload, ctx) => {
  const result = await sweepAppeals(payload.now ? new Date(payload.now) : new Date());
  ctx.log.info(result, "appeal sweep");
  return result;
});
