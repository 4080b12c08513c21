import { sweepComplaints } from "@/lib/requests/watch/sweep-complaints";
import { complaintSweepJob } from "@/lib/queue/jobs/complaint-sweep";
import { handlerFor } from "../handler";

export const complaintSweepHandler = handlerFor(complaintSweepJob, async (payload, ctx) => {
  const result = await sweepComplaints(payload.now ? new Date(payload.now) : new Date());
  ctx.log.info(result, "complaint sweep");
  return result;
});
