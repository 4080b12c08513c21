import { db } from "@/lib/db/client";
import {
  expireImportRows,
  pruneDevMail,
  pruneIdempotencyKeys,
  pruneRelayedOutbox,
  pruneWebhookDeliveries,
} from "@/lib/db/queries/prune";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { pruneRateLimits } from "@/lib/rate-limit/consume";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// The longest rate-limit window is an hour; two days leave every window that can still count untouched.
const RATE_LIMIT_KEEP_MS = 2 * DAY;

export interface PruneResult {
  outbox: number;
  rateLimitHits: number;
  idempotencyKeys: number;
  devMailMessages: number;
  webhookDeliveries: number;
  importRowsExpired: number;
}

// Settled webhook deliveries (and their attempt log) are kept this long for the endpoint's page.
const WEBHOOK_LOG_KEEP_MS = 30 * DAY;
// A previewed CSV import not confirmed within a day loses its (encrypted) rows.
const IMPORT_ROWS_KEEP_MS = DAY;

/**
 * Scheduled (daily): deletes, in batches, what only grows and is no longer needed — relayed outbox rows
 * (the job reached Redis; BullMQ's own retention keeps its history), finished rate-limit windows,
 * Idempotency-Key answers past their window, the development mailbox's old messages, webhook deliveries
 * settled 30 days ago, and the rows of CSV imports previewed but not confirmed within a day. Safe to run
 * twice or on two workers at once: a row deleted by one is simply not found by the other.
 */
export async function pruneTables(now = new Date(), batch = 5_000): Promise<PruneResult> {
  const e = env();
  const result: PruneResult = {
    outbox: await pruneRelayedOutbox(db(), { before: new Date(now.getTime() - e.PRUNE_OUTBOX_DAYS * DAY), batch }),
    rateLimitHits: await pruneRateLimits(db(), new Date(now.getTime() - RATE_LIMIT_KEEP_MS), batch),
    idempotencyKeys: await pruneIdempotencyKeys(db(), {
      before: new Date(now.getTime() - e.IDEMPOTENCY_KEY_TTL_HOURS * HOUR),
      batch,
    }),
    devMailMessages: await pruneDevMail(db(), { before: new Date(now.getTime() - e.PRUNE_DEV_MAIL_DAYS * DAY), batch }),
    webhookDeliveries: await pruneWebhookDeliveries(db(), {
      before: new Date(now.getTime() - WEBHOOK_LOG_KEEP_MS),
      batch,
    }),
    importRowsExpired: await expireImportRows(db(), { before: new Date(now.getTime() - IMPORT_ROWS_KEEP_MS) }),
  };
  log.info(result, "pruned the growing tables");
  return result;
}
