import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Scheduled daily (03:15 UTC): deletes, in batches, relayed outbox rows older than PRUNE_OUTBOX_DAYS,
 * finished rate-limit windows, Idempotency-Key answers past IDEMPOTENCY_KEY_TTL_HOURS, and development
 * mailbox messages older than PRUNE_DEV_MAIL_DAYS (lib/maintenance/prune-tables.ts).
 */
export const maintenancePruneJob = defineJob({
  queue: "system",
  name: "maintenance.prune",
  payload: z.object({ now: z.iso.datetime().optional() }).passthrough(),
  options: { attempts: 3, backoff: { type: "exponential", delay: 60_000 }, removeOnComplete: 30, removeOnFail: 100 },
  schedule: { id: "maintenance-prune", repeat: { pattern: "15 3 * * *", tz: "UTC" } },
});
