import os from "node:os";
import { Worker, type Job } from "bullmq";
import { closeDb, db } from "@/lib/db/client";
import { pruneHeartbeats, recordHeartbeat } from "@/lib/db/queries/heartbeats";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/log";
import { relayOutboxBatch } from "@/lib/outbox/relay";
import { createRedis, queuePrefix } from "@/lib/queue/connection";
import { QUEUES } from "@/lib/queue/define-job";
import { closeQueues, createQueues } from "@/lib/queue/queues";
import { registerSchedulers } from "@/lib/queue/schedulers";
import { findHandler } from "./registry";

const log = childLogger("workers");
const workerId = `${os.hostname()}-${process.pid}`;

async function main() {
  const connection = createRedis("worker");
  connection.on("error", (err) => log.warn({ err: err.message }, "redis connection error"));
  const queues = createQueues(connection);

  const workers = QUEUES.map((queueName) => {
    const worker = new Worker(
      queueName,
      async (job: Job) => {
        const handler = findHandler(job.name);
        if (!handler) throw new Error(`no handler for job ${job.name}`);
        return handler.run(job.data, { job, log: log.child({ job: job.name, jobId: job.id }), workerId });
      },
      // A killed process's jobs come back within ~30 s: its locks lapse after 20 s and any worker's
      // stalled-job check (every 10 s) returns them to the queue.
      {
        connection,
        prefix: queuePrefix(),
        concurrency: queueName === "mail" ? 5 : 2,
        lockDuration: 20_000,
        stalledInterval: 10_000,
      },
    );
    worker.on("error", (err) => log.error({ err: err.message, queue: queueName }, "worker error"));
    worker.on("failed", (job, err) => log.warn({ job: job?.name, jobId: job?.id, err: err.message }, "job failed"));
    return worker;
  });

  await registerSchedulers(queues);
  const schedulerKeeper = setInterval(() => {
    registerSchedulers(queues).catch((err: Error) =>
      log.warn({ err: err.message }, "could not refresh job schedulers"),
    );
  }, env().SCHEDULER_REFRESH_MS);
  await recordHeartbeat(db(), { workerId, hostname: os.hostname(), pid: process.pid });
  await pruneHeartbeats(db());

  let stopping = false;
  const relayLoop = (async () => {
    while (!stopping) {
      let moved = 0;
      try {
        moved = await relayOutboxBatch(db(), queues);
      } catch (err) {
        log.warn({ err: (err as Error).message }, "outbox relay failed; will retry");
        await sleep(2_000);
      }
      if (moved === 0) await sleep(env().OUTBOX_POLL_MS);
    }
  })();

  log.info({ workerId, queues: QUEUES }, "workers started");

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "workers stopping");
    const force = setTimeout(() => process.exit(1), 8_000);
    force.unref();
    clearInterval(schedulerKeeper);
    await relayLoop;
    await Promise.all(workers.map((w) => w.close()));
    await closeQueues(queues);
    connection.disconnect();
    await closeDb();
    log.info("workers stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

main().catch((err) => {
  log.fatal({ err: (err as Error).message }, "workers failed to start");
  process.exit(1);
});
