import { deadlineSweepJob } from "./jobs/deadline-sweep";
import { notifyCrossingJob } from "./jobs/notify-crossing";
import { dailyDigestJob } from "./jobs/daily-digest";
import type { JobDefinition } from "./define-job";
import { heartbeatJob } from "./jobs/heartbeat";
import { sendMailJob } from "./jobs/send-mail";
import { verificationSweepJob } from "./jobs/verification-sweep";
import { exportPurgeJob } from "./jobs/export-purge";
import { fulfilmentAdvanceJob } from "./jobs/fulfilment-advance";
import { fulfilmentAutostartJob } from "./jobs/fulfilment-autostart";
import { fulfilmentPlanJob } from "./jobs/fulfilment-plan";
import { fulfilmentResumeJob } from "./jobs/fulfilment-resume";
import { fulfilmentRecoverJob } from "./jobs/fulfilment-recover";
import { fulfilmentStepJob } from "./jobs/fulfilment-step";

/** Every job the system knows, by name. The outbox relay and the workers both read this list. */
export const JOB_DEFINITIONS: Record<string, JobDefinition> = Object.fromEntries(
  [
    heartbeatJob,
    sendMailJob,
    verificationSweepJob,
    deadlineSweepJob,
    notifyCrossingJob,
    dailyDigestJob,
    fulfilmentAdvanceJob,
    fulfilmentStepJob,
    fulfilmentAutostartJob,
    fulfilmentRecoverJob,
    fulfilmentPlanJob,
    fulfilmentResumeJob,
    exportPurgeJob,
  ].map((d) => [d.name, d as JobDefinition]),
);

export function jobDefinition(name: string): JobDefinition {
  const def = JOB_DEFINITIONS[name];
  if (!def) throw new Error(`unknown job ${name}`);
  return def;
}
