import type { LifecycleJob } from "@/lib/domain/lifecycle";
import type { JobDefinition } from "@/lib/queue/define-job";
import { fulfilmentAdvanceJob } from "@/lib/queue/jobs/fulfilment-advance";
import { fulfilmentAutostartJob } from "@/lib/queue/jobs/fulfilment-autostart";
import { fulfilmentPlanJob } from "@/lib/queue/jobs/fulfilment-plan";
import { fulfilmentResumeJob } from "@/lib/queue/jobs/fulfilment-resume";
import type { z } from "zod";

type RequestJob = JobDefinition<z.ZodType<{ requestId: string }>>;

/** The outbox job each lifecycle job event becomes; every one takes the request's id. */
export const LIFECYCLE_JOBS: Record<LifecycleJob, RequestJob> = {
  "fulfilment.plan": fulfilmentPlanJob,
  "fulfilment.autostart": fulfilmentAutostartJob,
  "fulfilment.resume": fulfilmentResumeJob,
  "fulfilment.advance": fulfilmentAdvanceJob,
};
