import { deadlineSweepHandler } from "./handlers/deadline-sweep";
import { notifyCrossingHandler } from "./handlers/notify-crossing";
import { dailyDigestHandler } from "./handlers/daily-digest";
import type { RegisteredHandler } from "./handler";
import { heartbeatHandler } from "./handlers/heartbeat";
import { sendMailHandler } from "./handlers/send-mail";
import { verificationSweepHandler } from "./handlers/verification-sweep";
import { exportPurgeHandler } from "./handlers/export-purge";
import { fulfilmentAdvanceHandler } from "./handlers/fulfilment-advance";
import { fulfilmentAutostartHandler } from "./handlers/fulfilment-autostart";
import { fulfilmentPlanHandler } from "./handlers/fulfilment-plan";
import { fulfilmentResumeHandler } from "./handlers/fulfilment-resume";
import { fulfilmentRecoverHandler } from "./handlers/fulfilment-recover";
import { fulfilmentStepHandler } from "./handlers/fulfilment-step";

/** Every handler the workers process runs, by job name. */
export const HANDLERS: Record<string, RegisteredHandler> = Object.fromEntries(
  [
    heartbeatHandler,
    sendMailHandler,
    verificationSweepHandler,
    deadlineSweepHandler,
    notifyCrossingHandler,
    dailyDigestHandler,
    fulfilmentAdvanceHandler,
    fulfilmentStepHandler,
    fulfilmentAutostartHandler,
    fulfilmentRecoverHandler,
    fulfilmentPlanHandler,
    fulfilmentResumeHandler,
    exportPurgeHandler,
  ].map((h) => [h.definition.name, h]),
);
