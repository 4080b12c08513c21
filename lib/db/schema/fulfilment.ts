import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { taskStatusEnum } from "./enums";
import { requests } from "./requests";

/** A system requests are fulfilled against, with the processing-register facts the access report quotes. */
export const dataSystems = pgTable("data_systems", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind").notNull(), // postgres | webhook | manual
  enabled: boolean("enabled").notNull().default(true),
  config: jsonb("config").notNull().default({}),
  purposes: jsonb("purposes").notNull().default([]),
  categories: jsonb("categories").notNull().default([]),
  recipients: jsonb("recipients").notNull().default([]),
  retention: text("retention"),
  source: text("source"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const requestTasks = pgTable(
  "request_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    systemId: uuid("system_id").references(() => dataSystems.id),
    operation: text("operation").notNull(),
    position: integer("position").notNull().default(0),
    status: taskStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    resultSummary: jsonb("result_summary"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("request_tasks_step_uq").on(t.requestId, t.operation, t.systemId),
    index("request_tasks_status_idx").on(t.status, t.updatedAt),
  ],
);

/** Encrypted package files delivered to subjects. */
export const exports = pgTable(
  "exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    path: text("path").notNull(),
    sha256: text("sha256").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    downloads: integer("downloads").notNull().default(0),
    maxDownloads: integer("max_downloads").notNull().default(5),
    purgedAt: timestamp("purged_at", { withTimezone: true }),
    // The file's own AES-256-GCM key, sealed with the data keyring (rotation re-seals, never re-encrypts the file).
    keyEnc: text("key_enc"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("exports_request_idx").on(t.requestId), index("exports_expiry_idx").on(t.expiresAt)],
);

/** The fresh 6-digit code a subject asks for before each download (stored as a keyed hash). */
export const exportDownloadCodes = pgTable("export_download_codes", {
  exportId: uuid("export_id")
    .primaryKey()
    .references(() => exports.id),
  codeHash: text("code_hash").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  attempts: integer("attempts").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
