import { notifyCrossing } from "@/lib/requests/watch/notify-crossing";
import { notifyCrossingJob } from "@/lib/queue/jobs/notify-crossing";
import { handlerFor } from "../handler";

// Idempotent: the reminder row claimed inside notifyCrossing makes a rerun a no-op.
export const notifyCrossingHandler = handlerFor(notifyCrossingJob, (payload) => notifyCrossing(payload));
