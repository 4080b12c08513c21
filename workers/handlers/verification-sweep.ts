import { sweepUnverified } from "@/lib/requests/verification/sweep-unverified";
import { verificationSweepJob } from "@/lib/queue/jobs/verification-sweep";
import { handlerFor } from "../handler";

export const verificationSweepHandler = handlerFor(verificationSweepJob, async (payload, ctx) => {
  const result = await sweepUnverified(payload.now ? new Date(payload.now) : new Date());
  if (result.reminded || result.withdrawn) ctx.log.info(result, "unverified requests swept");
  return result;
});
