import type { JobsOptions } from "bullmq";
import type { z } from "zod";

export const QUEUES = ["system", "mail", "fulfilment", "watch"] as const;
export type QueueName = (typeof QUEUES)[number];

/**
 * A job's contract: which queue, its name, the payload schema the runner enforces before calling the
 * handler, default options, and how to build a stable jobId (BullMQ forbids `:` in custom ids).
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  queue: QueueName;
  name: string;
  payload: S;
  options?: JobsOptions;
}

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  if (def.name.includes(":")) throw new Error(`job name ${def.name} must not contain ':'`);
  return def;
}

export type PayloadOf<D> = D extends JobDefinition<infer S> ? z.infer<S> : never;
