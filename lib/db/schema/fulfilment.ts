import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { taskStatusEnum } from "./enums";
import { requests } from "./requests";
import { staffUsers } from "./staff";
import { sql } from "drizzle-orm";

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
  // Art. 6 legal bases (codes of lib/domain/register.ts), automated decisions and their logic (null: none),
  // third-country transfers with their safeguards (Art. 15(1)(h) and 15(2)).
  legalBases: jsonb("legal_bases").notNull().default([]),
  automatedDecisions: text("automated_decisions"),
  transfers: jsonb("transfers").notNull().default([]),
  // The free-text facts above in French and English ({ fr: { purposes: [...] }, en: {...} }), for the report.
  registerTranslations: jsonb("register_translations").notNull().default({}),
  // Webhook systems: the shared HMAC secret, encrypted at rest.
  secretEnc: text("secret_enc"),
  lastTestAt: timestamp("last_test_at", { withTimezone: true }),
  lastTestOk: boolean("last_test_ok"),
  lastTestMessage: text("last_test_message"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const requestTasks = pgTable(
  "request_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    systemId: uuid("system_id").references(() => dataSystems.id),
    operation: text("operation").notNull(),
    position: integer("position").notNull().default(0),
    status: taskStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    // Counts and decisions without personal data (shown in the workspace, quoted in mails).
    resultSummary: jsonb("result_summary"),
    // What the step found or decided that is personal data (collected records, current values), encrypted.
    resultEnc: text("result_enc"),
    // Manual tasks (and gates): who must act, what to do, by when, and what they wrote when done.
    assigneeId: uuid("assignee_id").references(() => staffUsers.id),
    instructions: text("instructions"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    // The restriction-lift notice (Art. 18(3)): the lift does not run before this instant (set once SMTP accepted it).
    notBefore: timestamp("not_before", { withTimezone: true }),
    note: text("note"),
    completedBy: uuid("completed_by").references(() => staffUsers.id),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("request_tasks_step_uq").on(t.requestId, t.operation, t.systemId),
    index("request_tasks_status_idx").on(t.status, t.updatedAt),
    index("request_tasks_assignee_idx").on(t.assigneeId, t.status),
  ],
);

/** Encrypted package files delivered to subjects. */
export const exports = pgTable(
  "exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    path: text("path").notNull(),
    sha256: text("sha256").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    downloads: integer("downloads").notNull().default(0),
    maxDownloads: integer("max_downloads").notNull().default(5),
    purgedAt: timestamp("purged_at", { withTimezone: true }),
    // The file's own AES-256-GCM key, sealed with the data keyring (rotation re-seals, never re-encrypts the file).
    keyEnc: text("key_enc"),
    // Staff review before delivery: the subject can download only an approved package.
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: uuid("approved_by").references(() => staffUsers.id),
    // Records left out at review, each with its reason (no personal data: record-set name, row index, reason).
    exclusions: jsonb("exclusions").notNull().default([]),
    recordCounts: jsonb("record_counts").notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("exports_request_idx").on(t.requestId),
    index("exports_expiry_idx")
      .on(t.expiresAt)
      .where(sql`purged_at is null`),
  ],
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

/** Signed connector callbacks already accepted: a replayed callback (same signature id) is refused. */
export const connectorCallbackNonces = pgTable("connector_callback_nonces", {
  nonce: text("nonce").primaryKey(),
  systemId: uuid("system_id")
    .notNull()
    .references(() => dataSystems.id),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});
