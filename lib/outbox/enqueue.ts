import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import type { JobDefinition } from "@/lib/queue/define-job";
import { announceOutbox } from "./wake";

/**
 * Records a job to run once the surrounding transaction commits. Nothing is enqueued on Redis
 * directly from a request: the relay in the workers process moves outbox rows to BullMQ, woken at
 * commit by a NOTIFY when the job is due now (its poll, OUTBOX_POLL_MS, stays as the fallback).
 */
export async function enqueueJob<S extends z.ZodType>(
  tx: Db,
  def: JobDefinition<S>,
  payload: z.infer<S>,
  opts: { availableAt?: Date; priority?: number | null } = {},
): Promise<number> {
  const parsed = def.payload.parse(payload);
  const [row] = await tx
    .insert(outbox)
    .values({
      queue: def.queue,
      jobName: def.name,
      payload: parsed as object,
      availableAt: opts.availableAt ?? new Date(),
      priority: opts.priority ?? null,
    })
    .returning({ id: outbox.id });
  if (!opts.availableAt || opts.availableAt.getTime() <= Date.now()) await announceOutbox(tx);
  return row!.id;
}

/**
 * Many jobs of one kind in one INSERT (sweeps queue hundreds at a time). The payloads travel as one
 * JSON array parameter, not five parameters a row: a thousand rows cost one small statement to build.
 */
export async function enqueueJobs<S extends z.ZodType>(
  tx: Db,
  def: JobDefinition<S>,
  payloads: z.infer<S>[],
): Promise<number> {
  if (payloads.length === 0) return 0;
  const now = new Date().toISOString();
  let written = 0;
  for (let i = 0; i < payloads.length; i += 5000) {
    const chunk = payloads.slice(i, i + 5000).map((p) => def.payload.parse(p) as object);
    const { rowCount } = await tx.execute(sql`insert into ${outbox} (queue, job_name, payload, available_at)
      select ${def.queue}, ${def.name}, p, ${now}::timestamptz from jsonb_array_elements(${JSON.stringify(chunk)}::jsonb) as p`);
    written += rowCount ?? chunk.length;
  }
  await announceOutbox(tx);
  return written;
}
