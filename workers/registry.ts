import { deadlineSweepHandler } from "./handlers/deadline-sweep";
import { notifyCrossingHandler } from "./handlers/notify-crossing";
import { dailyDigestHandler } from "./handlers/daily-digest";
import type { RegisteredHandler } from "./handler";
import { heartbeatHandler } from "./handlers/heartbeat";
import { sendMailHandler } from "./handlers/send-mail";
import { verificationSweepHandler } from "./handlers/verification-sweep";

/** Every handler the workers process runs, by job name. */
export const HANDLERS: Record<string, RegisteredHandler> = Object.fromEntries(
  [heartbeatHandler, sendMailHandler, verificationSweepHandler, deadlineSweepHandler, notifyCrossingHandler, dailyDigestHandler].map((h) => [h.definition.name, h]),
);
