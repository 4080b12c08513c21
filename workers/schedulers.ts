import { env } from "@/lib/env";
import { dailyDigestJob } from "@/lib/queue/jobs/daily-digest";
import { deadlineSweepJob } from "@/lib/queue/jobs/deadline-sweep";
import { HEARTBEAT_EVERY_MS, heartbeatJob } from "@/lib/queue/jobs/heartbeat";
import { VERIFICATION_SWEEP_EVERY_MS, verificationSweepJob } from "@/lib/queue/jobs/verification-sweep";
import { EXPORT_PURGE_EVERY_MS, exportPurgeJob } from "@/lib/queue/jobs/export-purge";
import { FULFILMENT_RECOVER_EVERY_MS, fulfilmentRecoverJob } from "@/lib/queue/jobs/fulfilment-recover";
import type { QueueSet } from "@/lib/queue/queues";

/**
 * Every repeating job, with a stable scheduler id. Upserting is idempotent, so each workers replica
 * does it at start and again every minute: if Redis was wiped, the schedules come back by themselves
 * and the sweeps rebuild what is due from Postgres.
 */
export async function registerSchedulers(queues: QueueSet): Promise<void> {
  const e = env();
  await queues.system.upsertJobScheduler(
    "heartbeat",
    { every: HEARTBEAT_EVERY_MS },
    { name: heartbeatJob.name, data: {}, opts: heartbeatJob.options },
  );
  await queues.watch.upsertJobScheduler(
    "verification-sweep",
    { every: VERIFICATION_SWEEP_EVERY_MS },
    { name: verificationSweepJob.name, data: {}, opts: verificationSweepJob.options },
  );
  await queues.watch.upsertJobScheduler(
    "deadline-sweep",
    { every: e.DEADLINE_SWEEP_EVERY_MS },
    { name: deadlineSweepJob.name, data: {}, opts: deadlineSweepJob.options },
  );
  await queues.fulfilment.upsertJobScheduler(
    "fulfilment-recover",
    { every: FULFILMENT_RECOVER_EVERY_MS },
    { name: fulfilmentRecoverJob.name, data: {}, opts: fulfilmentRecoverJob.options },
  );
  await queues.system.upsertJobScheduler(
    "export-purge",
    { every: EXPORT_PURGE_EVERY_MS },
    { name: exportPurgeJob.name, data: {}, opts: exportPurgeJob.options },
  );
  await queues.watch.upsertJobScheduler(
    "daily-digest",
    { pattern: `0 ${e.DIGEST_HOUR} * * *`, tz: e.DIGEST_TIME_ZONE },
    { name: dailyDigestJob.name, data: {}, opts: dailyDigestJob.options },
  );
}
