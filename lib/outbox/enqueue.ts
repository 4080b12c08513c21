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
    .values({ queue: def.queue, jobName: def.name, payload: parsed as object, availableAt: opts.availableAt ?? new Date() })
    .returning({ id: outbox.id });
  return row!.id;
}
