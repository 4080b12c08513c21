import type { JobsOptions } from "bullmq";
import { repeatOf, type JobDefinition, type JobRepeat, type QueueName } from "./define-job";
import { JOB_DEFINITIONS } from "./registry";

/** The part of a BullMQ Queue the schedulers use. */
export interface SchedulerTarget {
  upsertJobScheduler(
    id: string,
    repeat: JobRepeat,
    template: { name: string; data: object; opts?: JobsOptions },
  ): Promise<unknown>;
}

/**
 * Upserts the scheduler of every definition that carries a schedule, under its stable id. Upserting
 * is idempotent, so each workers replica does it at start and again every minute: if Redis was wiped,
 * the schedules come back by themselves and the sweeps rebuild what is due from Postgres.
 */
export async function registerSchedulers(
  queues: Record<QueueName, SchedulerTarget>,
  definitions: readonly JobDefinition[] = JOB_DEFINITIONS,
): Promise<void> {
  for (const def of definitions) {
    if (!def.schedule) continue;
    await queues[def.queue].upsertJobScheduler(def.schedule.id, repeatOf(def.schedule), {
      name: def.name,
      data: {},
      opts: def.options,
    });
  }
}
