import { sweepDeadlines } from "@/lib/requests/watch/sweep-deadlines";
import { deadlineSweepJob } from "@/lib/queue/jobs/deadline-sweep";
import { handlerFor } from "../handler";

export const deadlineSweepHandler = handlerFor(deadlineSweepJob, async (payload, ctx) => {
  const started = Date.now();
  const result = await sweepDeadlines(payload.now ? new Date(payload.now) : new Date());
  ctx.log.info(
    { candidates: result.candidates, due: result.queued.length, queued: result.enqueued, ms: Date.now() - started },
    "deadline sweep",
  );
  return { candidates: result.candidates, due: result.queued.length, queued: result.enqueued };
});
