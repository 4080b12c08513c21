import type { JobsOptions } from "bullmq";
import type { z } from "zod";

export const QUEUES = ["system", "mail", "fulfilment", "watch"] as const;
export type QueueName = (typeof QUEUES)[number];

/** How often a scheduled job repeats: a fixed interval, or a cron pattern in a time zone. */
export type JobRepeat = { every: number } | { pattern: string; tz?: string };

export interface JobSchedule {
  /** BullMQ scheduler id. Never rename one: upserting under a new id would leave the old schedule running. */
  id: string;
  /** A function when the value comes from the environment (read when the workers register it). */
  repeat: JobRepeat | (() => JobRepeat);
}

/**
 * A job's contract: which queue, its name, the payload schema the runner enforces before calling the
 * handler, default options, and for a repeating job its schedule. Stable jobIds must not contain `:`
 * (BullMQ forbids it in custom ids).
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType, N extends string = string> {
  queue: QueueName;
  name: N;
  payload: S;
  options?: JobsOptions;
  schedule?: JobSchedule;
}

export function defineJob<S extends z.ZodType, N extends string>(def: JobDefinition<S, N>): JobDefinition<S, N> {
  if (def.name.includes(":")) throw new Error(`job name ${def.name} must not contain ':'`);
  if (def.schedule?.id.includes(":")) throw new Error(`scheduler id ${def.schedule.id} must not contain ':'`);
  return def;
}

export function repeatOf(schedule: JobSchedule): JobRepeat {
  return typeof schedule.repeat === "function" ? schedule.repeat() : schedule.repeat;
}

export type PayloadOf<D> = D extends JobDefinition<infer S> ? z.infer<S> : never;
