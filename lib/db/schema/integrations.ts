import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import { staffUsers } from "./staff";

/**
 * Outbound webhook endpoints registered by admins (lib/integrations/webhooks). The signing secret
 * (`whsec_…`) is needed to sign, so it is encrypted, not hashed; it is shown once, at creation.
 */
export const webhookEndpoints = pgTable("webhook_endpoints", {
  id: uuid("id").primaryKey().defaultRandom(),
  url: text("url").notNull(),
  description: text("description").notNull().default(""),
  // Event types wanted (lib/domain/webhook-events.ts).
  events: text("events").array().notNull(),
  // Whether payloads may carry the subject's name, e-mail and account reference (default: never).
  includeSubject: boolean("include_subject").notNull().default(false),
  secretEnc: text("secret_enc").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  disabledReason: text("disabled_reason"),
  // Failed attempts since the last success: the endpoint is disabled at WEBHOOK_DISABLE_AFTER_FAILURES.
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  createdBy: uuid("created_by").references(() => staffUsers.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One event for one endpoint, written in the transaction of the change it reports. `id` is the
 * `webhook-id` header: the same on every attempt and on a resend, so receivers can de-duplicate.
 * pending → sending (claimed) → delivered, or failed (due again at `due_at`) until given_up after
 * WEBHOOK_RETRY_HOURS. Postgres holds the retry state; the webhook sweep re-queues what Redis lost.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventType: text("event_type").notNull(),
    requestId: uuid("request_id"),
    // The event as sent, without subject fields (added at send time for endpoints allowed them).
    payload: jsonb("payload").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull().defaultNow(),
    // Start of the retry window (creation, or the last resend): given up WEBHOOK_RETRY_HOURS after it.
    retryFrom: timestamp("retry_from", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_deliveries_due_idx")
      .on(t.dueAt)
      .where(sql`status in ('pending', 'failed', 'sending')`),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
  ],
);

/** The delivery log: one row per HTTP attempt (code, duration, a short excerpt of the answer). */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    endpointId: uuid("endpoint_id").notNull(),
    attempt: integer("attempt").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    statusCode: integer("status_code"),
    durationMs: integer("duration_ms").notNull(),
    responseExcerpt: text("response_excerpt"),
    error: text("error"),
  },
  (t) => [
    index("webhook_attempts_endpoint_idx").on(t.endpointId, t.at),
    index("webhook_attempts_delivery_idx").on(t.deliveryId),
  ],
);

/**
 * A CSV import of requests received elsewhere (lib/requests/import): previewed (rows validated,
 * nothing written) → queued → running (`processed` counts up, read by the page) → done | failed.
 * The validated rows are kept encrypted until the import ran, then dropped.
 */
export const requestImports = pgTable("request_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  staffId: uuid("staff_id")
    .notNull()
    .references(() => staffUsers.id),
  fileName: text("file_name").notNull(),
  status: text("status").notNull().default("previewed"),
  total: integer("total").notNull(),
  processed: integer("processed").notNull().default(0),
  // Per-row problems: { row, column, reason }[] (row 1 is the first data row after the header).
  errors: jsonb("errors").notNull().default([]),
  // A few rows for the preview table, masked (no e-mail or name in clear).
  preview: jsonb("preview").notNull().default([]),
  // Rows asking for a right the law of their residence does not grant: { row, type, residence, law }[]. They are
  // imported (staff record such a letter, lib/requests/intake/valid-intake.ts); the preview says which they are.
  warnings: jsonb("warnings")
    .$type<{ row: number; type: string; residence: string; law: RegimeCode }[]>()
    .notNull()
    .default([]),
  rowsEnc: text("rows_enc"),
  error: text("error"),
  // A refused row's reason as a detail key + params or a code (lib/requests/import/failure.ts), shown in the
  // reader's language; `error` keeps the English sentence.
  errorDetail: jsonb("error_detail"),
  // The data row (1 = first after the header) that failed the run.
  errorRow: integer("error_row"),
  claimedAt: timestamp("claimed_at", { withTimezone: true }),
  // When it was last queued (confirmed, or re-queued by the import sweep): the stuck clock of a queued import.
  queuedAt: timestamp("queued_at", { withTimezone: true }),
  // Times the import sweep re-queued it after its job failed or was lost; failed at IMPORT_MAX_REQUEUES.
  requeues: integer("requeues").notNull().default(0),
  // Why it failed: null (a row refused, `error` says which) or 'stuck' (it never ran through; `error` is the last cause).
  failureKind: text("failure_kind"),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
