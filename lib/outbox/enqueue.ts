import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import type { JobDefinition } from "@/lib/queue/define-job";

/**
 * Records a job to run once the surrounding transaction commits. Nothing is enqueued on Redis
 * directly from a request: the relay in the workers process moves outbox rows to BullMQ.
 */
export async function enqueueJob<S extends z.ZodType>(
  tx: Db,
  def: JobDefinition<S>,
  payload: z.infer<S>,
  opts: { availableAt?: Date } = {},
): Promise<number> {
  const parsed = def.payload.parse(payload);
  const [row] = await tx
    .insert(outbox)
    .values({
      queue: def.queue,
      jobName: def.name,
      payload: parsed as object,
      availableAt: opts.availableAt ?? new Date(),
    })
    .returning({ id: outbox.id });
  return row!.id;
}

/** Many jobs of one kind in one INSERT (sweeps queue hundreds at a time). */
export async function enqueueJobs<S extends z.ZodType>(
  tx: Db,
  def: JobDefinition<S>,
  payloads: z.infer<S>[],
): Promise<number> {
  if (payloads.length === 0) return 0;
  const now = new Date();
  let written = 0;
  for (let i = 0; i < payloads.length; i += 1000) {
    const chunk = payloads
      .slice(i, i + 1000)
      .map((p) => ({ queue: def.queue, jobName: def.name, payload: def.payload.parse(p) as object, availableAt: now }));
    await tx.insert(outbox).values(chunk);
    written += chunk.length;
  }
  return written;
}
