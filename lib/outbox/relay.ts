import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { QueueName } from "@/lib/queue/define-job";
import type { QueueSet } from "@/lib/queue/queues";
import { findJobDefinition } from "@/lib/queue/registry";

type OutboxRow = { id: string; queue: string; job_name: string; payload: unknown; priority: number | null };

/** How long a relay's claim on its rows lasts: if it dies before marking them relayed, they are due again. */
const CLAIM_SECONDS = 30;

/**
 * Moves one batch of due outbox rows to BullMQ. At-least-once: rows are claimed by one statement
 * (`UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING`: one round trip, its own short
 * transaction; their `available_at` pushed CLAIM_SECONDS ahead, so several relays never take the same
 * rows), sent to Redis with no transaction open — a slow or absent Redis holds no row lock and no
 * connection — and marked relayed only after Redis accepted them. The jobId is the outbox id, so a row
 * relayed twice (the claim lapsed) adds one job while the first is still in Redis; handlers are
 * idempotent for the rest.
 */
export async function relayOutboxBatch(database: Database, queues: QueueSet, limit = 200): Promise<number> {
  // One statement, its own short transaction: the claim takes the rows it can lock and pushes them ahead.
  const { rows: claimed } = await database.execute<OutboxRow>(sql`
    update outbox set available_at = now() + make_interval(secs => ${CLAIM_SECONDS}), attempts = attempts + 1
    where id in (select id from outbox where relayed_at is null and available_at <= now()
      order by id limit ${limit} for update skip locked)
    returning id::text as id, queue, job_name, payload, priority`);
  // RETURNING gives no order: the jobs go to Redis in the order they were written.
  const rows = claimed.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
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
        opts: {
          ...findJobDefinition(row.job_name)?.options,
          ...(row.priority === null ? {} : { priority: row.priority }),
          jobId: `outbox-${row.id}`,
        },
      })),
    );
  }
  await database.execute(sql`update outbox set relayed_at = now() where id in (${idList(rows)})`);
  return rows.length;
}

function idList(rows: OutboxRow[]) {
  return sql.join(
    rows.map((r) => sql`${r.id}::bigint`),
    sql`, `,
  );
}
