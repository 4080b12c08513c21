import type { Job } from "bullmq";
import type { Logger } from "pino";
import type { z } from "zod";
import type { JobDefinition } from "@/lib/queue/define-job";

export interface HandlerContext {
  job: Job;
  log: Logger;
  workerId: string;
}

export type JobHandler<D extends JobDefinition> = (
  payload: D extends JobDefinition<infer S> ? z.infer<S> : never,
  ctx: HandlerContext,
) => Promise<unknown>;

/** Pairs a job definition with its handler; the runner parses the payload with the definition first. */
export interface RegisteredHandler {
  definition: JobDefinition;
  handle: (payload: unknown, ctx: HandlerContext) => Promise<unknown>;
}

export function handlerFor<D extends JobDefinition>(definition: D, handle: JobHandler<D>): RegisteredHandler {
  return { definition, handle: handle as RegisteredHandler["handle"] };
}
