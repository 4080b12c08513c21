import type { JobDefinition } from "./define-job";
import { appealSweepJob } from "./jobs/appeal-sweep";
import { complaintSweepJob } from "./jobs/complaint-sweep";
import { dailyDigestJob } from "./jobs/daily-digest";
import { deadlineSweepJob } from "./jobs/deadline-sweep";
import { exportPurgeJob } from "./jobs/export-purge";
import { fulfilmentAdvanceJob } from "./jobs/fulfilment-advance";
import { fulfilmentAutostartJob } from "./jobs/fulfilment-autostart";
import { fulfilmentPlanJob } from "./jobs/fulfilment-plan";
import { fulfilmentResumeJob } from "./jobs/fulfilment-resume";
import { fulfilmentRecoverJob } from "./jobs/fulfilment-recover";
import { fulfilmentStepJob } from "./jobs/fulfilment-step";
import { heartbeatJob } from "./jobs/heartbeat";
import { lostLinksJob } from "./jobs/lost-links";
import { mailSweepJob } from "./jobs/mail-sweep";
import { notifyCrossingJob } from "./jobs/notify-crossing";
import { sendMailJob } from "./jobs/send-mail";
import { verificationSweepJob } from "./jobs/verification-sweep";
import { maintenancePruneJob } from "./jobs/maintenance-prune";
import { retentionMinimiseJob } from "./jobs/retention-minimise";
import { keysRotateJob } from "./jobs/keys-rotate";
import { webhookDeliverJob } from "./jobs/webhook-deliver";
import { webhookSweepJob } from "./jobs/webhook-sweep";
import { requestsImportJob } from "./jobs/requests-import";
import { requestsImportSweepJob } from "./jobs/requests-import-sweep";
import { drpCallbackJob } from "./jobs/drp-callback";
import { dashboardMonthsJob } from "./jobs/dashboard-months";

/**
 * Every job the system knows: the one list the outbox relay, the schedulers and the workers' handler
 * table (workers/registry.ts, keyed by these names so a missing or extra handler does not compile) read.
 */
export const JOB_DEFINITIONS = [
  heartbeatJob,
  sendMailJob,
  mailSweepJob,
  lostLinksJob,
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
  complaintSweepJob,
  appealSweepJob,
  maintenancePruneJob,
  retentionMinimiseJob,
  keysRotateJob,
  webhookDeliverJob,
  webhookSweepJob,
  requestsImportJob,
  requestsImportSweepJob,
  drpCallbackJob,
  dashboardMonthsJob,
] as const;

export type RegisteredJob = (typeof JOB_DEFINITIONS)[number];
export type JobName = RegisteredJob["name"];

const BY_NAME = new Map<string, JobDefinition>(JOB_DEFINITIONS.map((d) => [d.name, d]));

export function findJobDefinition(name: string): JobDefinition | undefined {
  return BY_NAME.get(name);
}

export function jobDefinition(name: string): JobDefinition {
  const def = findJobDefinition(name);
  if (!def) throw new Error(`unknown job ${name}`);
  return def;
}
