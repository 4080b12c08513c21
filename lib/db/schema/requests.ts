import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { channelEnum, requestStatusEnum, requestTypeEnum } from "./enums";
import { staffUsers } from "./staff";

/**
 * One data-subject request. Columns ending in `_enc` hold AES-256-GCM ciphertext (lib/crypto);
 * `email_bidx` is the HMAC blind index of the normalised e-mail, for look-up and duplicates.
 */
export const requests = pgTable(
  "requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull(),
    type: requestTypeEnum("type").notNull(),
    status: requestStatusEnum("status").notNull(),
    // The requester's residence as answered (or corrected by staff): it picks the regime.
    jurisdiction: text("jurisdiction").notNull(),
    regime: text("regime").notNull(),
    // The controller's establishment and time zone when the request was filed: its calendar counts the
    // deadline (lib/domain/deadline/regimes.ts). Null only on rows filed before these columns existed and
    // not backfilled (drizzle/0009): those count in their jurisdiction's own calendar, as they were filed.
    controllerCountry: text("controller_country"),
    controllerTimeZone: text("controller_time_zone"),
    channel: channelEnum("channel").notNull(),
    locale: text("locale").notNull(),
    emailEnc: text("email_enc").notNull(),
    emailBidx: text("email_bidx").notNull(),
    fullNameEnc: text("full_name_enc").notNull(),
    accountReferenceEnc: text("account_reference_enc"),
    detailsEnc: text("details_enc"),
    // Type-specific input (rectification rows, restriction ground, objection scope), encrypted JSON.
    specificsEnc: text("specifics_enc"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    firstDueDate: date("first_due_date").notNull(),
    dueDate: date("due_date").notNull(),
    extendedDueDate: date("extended_due_date"),
    extensionReason: text("extension_reason"),
    extendedAt: timestamp("extended_at", { withTimezone: true }),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    assigneeId: uuid("assignee_id").references(() => staffUsers.id),
    outcome: text("outcome"),
    // Completed with part refused (lib/domain/partial-refusal.ts): erasure_kept | access_withheld; null otherwise.
    partialRefusal: text("partial_refusal"),
    refusalReasonCode: text("refusal_reason_code"),
    refusalReasonText: text("refusal_reason_text"),
    duplicateOf: uuid("duplicate_of").references((): AnyPgColumn => requests.id),
    statusTokenHash: text("status_token_hash"),
    // The status link is looked up by its hash; the encrypted copy lets later mails repeat the link.
    statusTokenEnc: text("status_token_enc"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    // Retention (lib/retention): when the subject fields, messages, notes and packages were destroyed.
    minimisedAt: timestamp("minimised_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("requests_reference_uq").on(t.reference),
    uniqueIndex("requests_status_token_uq").on(t.statusTokenHash),
    index("requests_status_due_idx").on(t.status, t.dueDate, t.id),
    index("requests_assignee_due_idx").on(t.assigneeId, t.dueDate, t.id),
    index("requests_received_idx").on(t.receivedAt, t.id),
    index("requests_email_bidx_idx").on(t.emailBidx, t.type, t.receivedAt),
    // Staff queue: one (filter, sort key, id) index per filter, so keyset pages stay index scans.
    index("requests_due_idx").on(t.dueDate, t.id),
    index("requests_type_due_idx").on(t.type, t.dueDate, t.id),
    index("requests_jurisdiction_due_idx").on(t.jurisdiction, t.dueDate, t.id),
    index("requests_channel_due_idx").on(t.channel, t.dueDate, t.id),
    index("requests_status_received_idx").on(t.status, t.receivedAt, t.id),
    index("requests_assignee_received_idx").on(t.assigneeId, t.receivedAt, t.id),
    index("requests_duplicate_of_idx").on(t.duplicateOf),
    // Dashboard and reports: closed requests by closing time.
    index("requests_closed_idx")
      .on(t.closedAt)
      .where(sql`${t.closedAt} is not null`),
    // The verification sweep (reminder, expiry) reads unverified requests by age.
    index("requests_unverified_received_idx")
      .on(t.receivedAt)
      .where(sql`${t.status} = 'unverified'`),
    // The deadline sweep only looks at open requests.
    index("requests_open_due_idx")
      .on(t.dueDate, t.id)
      .where(sql`${t.status} in ('unverified','new','in_progress','awaiting_subject','in_review')`),
    // The deadline sweep's "unassigned for 2 business days" branch: working requests nobody holds, by
    // verification time (the sweep reads a bounded window of it, so stale unassigned ones cost nothing).
    index("requests_unassigned_verified_idx")
      .on(t.verifiedAt, t.id)
      .where(sql`${t.assigneeId} is null and ${t.status} in ('new','in_progress','awaiting_subject','in_review')`),
    // The deadline sweep's CCPA acknowledgement branch: open CCPA requests by receipt.
    index("requests_open_ccpa_received_idx")
      .on(t.receivedAt, t.id)
      .where(
        sql`${t.regime} = 'CCPA' and ${t.status} in ('unverified','new','in_progress','awaiting_subject','in_review')`,
      ),
    // Retention: closed requests not yet minimised, by closing time.
    index("requests_retention_idx")
      .on(t.closedAt, t.id)
      .where(sql`${t.closedAt} is not null and ${t.minimisedAt} is null`),
  ],
);

export const requestClockEvents = pgTable(
  "request_clock_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    kind: text("kind").notNull(), // pause | resume | extend
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    reason: text("reason"),
    actorId: uuid("actor_id"),
  },
  (t) => [index("request_clock_events_request_idx").on(t.requestId, t.at)],
);

export const requestMessages = pgTable(
  "request_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    direction: text("direction").notNull(), // inbound (from the subject) | outbound (to the subject)
    bodyEnc: text("body_enc").notNull(),
    templateKey: text("template_key"),
    authorStaffId: uuid("author_staff_id").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("request_messages_request_idx").on(t.requestId, t.createdAt)],
);

export const requestNotes = pgTable(
  "request_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => staffUsers.id),
    bodyEnc: text("body_enc").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("request_notes_request_idx").on(t.requestId, t.createdAt)],
);

/** One row per (request, threshold, day) that was notified: the idempotency key of the deadline watch. */
export const reminders = pgTable(
  "reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    threshold: text("threshold").notNull(),
    forDate: date("for_date").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    detail: jsonb("detail"),
  },
  (t) => [uniqueIndex("reminders_once_uq").on(t.requestId, t.threshold, t.forDate)],
);

/**
 * Deadline notifications queued and not yet sent: a sweep queues a (request, threshold, day) again only
 * when its row is older than DEADLINE_REQUEUE_AFTER_MS (its job was lost with Redis, or is still waiting
 * behind a backlog), so a backlog longer than one sweep interval does not multiply the outbox; never once
 * its reminder is claimed (sent). The sweep drops rows older than two days.
 */
export const reminderQueue = pgTable(
  "reminder_queue",
  {
    requestId: uuid("request_id").notNull(),
    threshold: text("threshold").notNull(),
    forDate: date("for_date").notNull(),
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "reminder_queue_pkey", columns: [t.requestId, t.threshold, t.forDate] }),
    index("reminder_queue_queued_at_idx").on(t.queuedAt),
  ],
);
