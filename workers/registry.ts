import type { JobName, RegisteredJob } from "@/lib/queue/registry";
import type { BoundHandler } from "./handler";
import { appealSweepHandler } from "./handlers/appeal-sweep";
import { complaintSweepHandler } from "./handlers/complaint-sweep";
import { dailyDigestHandler } from "./handlers/daily-digest";
import { deadlineSweepHandler } from "./handlers/deadline-sweep";
import { exportPurgeHandler } from "./handlers/export-purge";
import { fulfilmentAdvanceHandler } from "./handlers/fulfilment-advance";
import { fulfilmentAutostartHandler } from "./handlers/fulfilment-autostart";
import { fulfilmentPlanHandler } from "./handlers/fulfilment-plan";
import { fulfilmentResumeHandler } from "./handlers/fulfilment-resume";
import { fulfilmentRecoverHandler } from "./handlers/fulfilment-recover";
import { fulfilmentStepHandler } from "./handlers/fulfilment-step";
import { heartbeatHandler } from "./handlers/heartbeat";
import { lostLinksHandler } from "./handlers/lost-links";
import { mailSweepHandler } from "./handlers/mail-sweep";
import { notifyCrossingHandler } from "./handlers/notify-crossing";
import { sendMailHandler } from "./handlers/send-mail";
import { verificationSweepHandler } from "./handlers/verification-sweep";
import { webhookDeliverHandler, webhookSweepHandler } from "./handlers/webhooks";
import { requestsImportHandler, requestsImportSweepHandler } from "./handlers/requests-import";
import { drpCallbackHandler } from "./handlers/drp-callback";
import {
  dashboardMonthsHandler,
  keysRotateHandler,
  maintenancePruneHandler,
  retentionMinimiseHandler,
} from "./handlers/maintenance";

/**
 * One handler per registered job, keyed by the registry's names: a job added to lib/queue/registry.ts
 * without a handler here, a handler for an unknown job, or a handler bound to another job's
 * definition does not compile. (lib/queue cannot import the features, so the binding lives here.)
 */
export type HandlerTable = { [N in JobName]: BoundHandler<Extract<RegisteredJob, { name: N }>> };

export const HANDLERS: HandlerTable = {
  "system.heartbeat": heartbeatHandler,
  "mail.send": sendMailHandler,
  "mail.sweep": mailSweepHandler,
  "subject.lost-links": lostLinksHandler,
  "watch.verification-sweep": verificationSweepHandler,
  "watch.deadline-sweep": deadlineSweepHandler,
  "watch.notify": notifyCrossingHandler,
  "watch.daily-digest": dailyDigestHandler,
  "fulfilment.advance": fulfilmentAdvanceHandler,
  "fulfilment.step": fulfilmentStepHandler,
  "fulfilment.autostart": fulfilmentAutostartHandler,
  "fulfilment.recover": fulfilmentRecoverHandler,
  "fulfilment.plan": fulfilmentPlanHandler,
  "fulfilment.resume": fulfilmentResumeHandler,
  "exports.purge": exportPurgeHandler,
  "watch.complaint-sweep": complaintSweepHandler,
  "watch.appeal-sweep": appealSweepHandler,
  "maintenance.prune": maintenancePruneHandler,
  "retention.minimise": retentionMinimiseHandler,
  "keys.rotate": keysRotateHandler,
  "webhook.deliver": webhookDeliverHandler,
  "webhook.sweep": webhookSweepHandler,
  "requests.import": requestsImportHandler,
  "requests.import-sweep": requestsImportSweepHandler,
  "drp.callback": drpCallbackHandler,
  "dashboard.months": dashboardMonthsHandler,
};

const BY_NAME = new Map<string, BoundHandler>(Object.values(HANDLERS).map((h) => [h.definition.name, h]));

/** The handler for a job name read from Redis (any string), or undefined for an unknown job. */
export function findHandler(name: string): BoundHandler | undefined {
  return BY_NAME.get(name);
}
