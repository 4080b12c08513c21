import os from "node:os";
import { Worker, type Job } from "bullmq";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { chainAuditEntries } from "@/lib/audit/chain";
import { verifyAuditChain } from "@/lib/audit/verify";
import { pruneHeartbeats, recordHeartbeat } from "@/lib/db/queries/heartbeats";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/log";
import { MAIL_CONCURRENCY } from "@/lib/mail/transport";
import { relayOutboxBatch } from "@/lib/outbox/relay";
import { outboxWaker } from "@/lib/outbox/wake";
import { createRedis, queuePrefix } from "@/lib/queue/connection";
import { QUEUES } from "@/lib/queue/define-job";
import { closeQueues, createQueues } from "@/lib/queue/queues";
import { registerSchedulers } from "@/lib/queue/schedulers";
import { findHandler } from "./registry";

const log = childLogger("workers");
const workerId = `${os.hostname()}-${process.pid}`;
const AUDIT_CHAIN_POLL_MS = 200;
const AUDIT_CHECKPOINT_MS = 5 * 60_000;

/**
 * Waits, with a growing pause, until PostgreSQL answers: a workers process started while the database is
 * away (restarting, failing over) waits for it instead of exiting and being restarted in a loop.
 */
async function untilDatabaseAnswers(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db().execute(sql`select 1`);
      if (attempt > 1) log.info({ attempt }, "database reachable again");
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      const waitMs = Math.min(500 * 2 ** Math.min(attempt, 5), 15_000);
      log.warn({ attempt, waitMs, err: (err as Error).message }, "database unavailable; waiting");
      await sleep(waitMs);
    }
  }
}

async function main() {
  await untilDatabaseAnswers();
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
        concurrency: queueName === "mail" ? MAIL_CONCURRENCY : 2,
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
  // Best effort: the heartbeat job records it again every few seconds.
  await recordHeartbeat(db(), { workerId, hostname: os.hostname(), pid: process.pid }).catch(() => undefined);
  await pruneHeartbeats(db()).catch(() => undefined);

  let stopping = false;
  // Woken by a NOTIFY at commit (announceOutbox) instead of waiting for the poll; the poll stays.
  const outboxWake = outboxWaker(log);
  const relayLoop = (async () => {
    while (!stopping) {
      let moved = 0;
      try {
        moved = await relayOutboxBatch(db(), queues);
      } catch (err) {
        log.warn({ err: (err as Error).message }, "outbox relay failed; will retry");
        await sleep(2_000);
      }
      if (moved === 0) await outboxWake.sleep(env().OUTBOX_POLL_MS);
    }
  })();

  // The audit chainer: links committed entries into the hash chain (lib/audit/chain.ts); in every workers
  // process, one at a time by its lock. Every AUDIT_CHECKPOINT_MS it verifies from the newest checkpoint
  // and records the next one, so the audit page verifies only what is new.
  const chainLoop = (async () => {
    let lastCheckpoint = 0;
    while (!stopping) {
      let linked = 0;
      try {
        linked = await chainAuditEntries(db());
        if (Date.now() - lastCheckpoint > AUDIT_CHECKPOINT_MS) {
          lastCheckpoint = Date.now();
          const report = await verifyAuditChain(db(), { fromCheckpoint: true, recordCheckpoint: true });
          if (!report.ok) log.error({ brokenAtSeq: report.brokenAtSeq, reason: report.reason }, "audit chain broken");
        }
      } catch (err) {
        log.warn({ err: (err as Error).message }, "audit chaining failed; will retry");
        await sleep(2_000);
      }
      if (linked === 0) await sleep(AUDIT_CHAIN_POLL_MS);
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
    await outboxWake.stop();
    await relayLoop;
    await chainLoop;
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

// A database that goes away mid-job fails that job (BullMQ retries it); a stray rejection from a cut
// connection must not end the process. Anything else is a bug: log it and exit, the supervisor restarts us.
process.on("unhandledRejection", (err) => {
  if (isDatabaseUnavailable(err)) return void log.warn({ err: (err as Error).message }, "database unavailable");
  log.fatal({ err: (err as Error)?.message, stack: (err as Error)?.stack }, "unhandled rejection");
  process.exit(1);
});

main().catch((err) => {
  log.fatal({ err: (err as Error).message }, "workers failed to start");
  process.exit(1);
});
