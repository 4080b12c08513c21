import type { Job } from "bullmq";
import type { Logger } from "pino";
import type { z } from "zod";
import type { JobDefinition } from "@/lib/queue/define-job";

export interface HandlerContext {
  job: Job;
  log: Logger;
  workerId: string;
}

/**
 * A definition bound to its handler. `run` parses the raw job data with the definition's schema
 * before the handler sees it, so a handler only ever gets a valid payload.
 */
export interface BoundHandler<D extends JobDefinition = JobDefinition> {
  definition: D;
  run: (data: unknown, ctx: HandlerContext) => Promise<unknown>;
}

export function handlerFor<S extends z.ZodType, N extends string>(
  definition: JobDefinition<S, N>,
  handle: (payload: z.infer<S>, ctx: HandlerContext) => Promise<unknown>,
): BoundHandler<JobDefinition<S, N>> {
  return { definition, run: (data, ctx) => handle(definition.payload.parse(data), ctx) };
}
