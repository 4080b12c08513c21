import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { QueueName } from "@/lib/queue/define-job";
import type { QueueSet } from "@/lib/queue/queues";
import { findJobDefinition } from "@/lib/queue/registry";

type OutboxRow = { id: string; queue: string; job_name: string; payload: unknown };

/**
 * Moves one batch of due outbox rows to BullMQ. At-least-once: rows are marked relayed only after
 * Redis accepted them, and the jobId is the outbox id, so relaying a row twice adds one job.
 * SKIP LOCKED lets several workers processes relay side by side without taking the same rows.
 */
export async function relayOutboxBatch(database: Database, queues: QueueSet, limit = 200): Promise<number> {
  return database.transaction(async (tx) => {
    const { rows } = await tx.execute<OutboxRow>(sql`
      select id::text as id, queue, job_name, payload from outbox
      where relayed_at is null and available_at <= now()
      order by id limit ${limit} for update skip locked`);
    if (rows.length === 0) return 0;

    const byQueue = new Map<QueueName, OutboxRow[]>();
    for (const row of rows) {
      const list = byQueue.get(row.queue as QueueName) ?? [];
      list.push(row);
      byQueue.set(row.queue as QueueName, list);
    }
    for (const [queueName, list] of byQueue) {
      const queue = queues[queueName];
      if (!queue) throw new Error(`outbox row for unknown queue ${queueName}`);
      await queue.addBulk(
        list.map((row) => ({
          name: row.job_name,
          data: row.payload,
          opts: { ...findJobDefinition(row.job_name)?.options, jobId: `outbox-${row.id}` },
        })),
      );
    }
    const ids = rows.map((r) => r.id);
    await tx.execute(sql`update outbox set relayed_at = now(), attempts = attempts + 1
      where id in (${sql.join(
        ids.map((id) => sql`${id}::bigint`),
        sql`, `,
      )})`);
    return rows.length;
  });
}
