import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Jobs waiting to be handed to BullMQ. Written in the same transaction as the change that causes
 * them; the relay in the workers process moves them (jobId = outbox id, so a re-relay is a no-op).
 */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    queue: text("queue").notNull(),
    jobName: text("job_name").notNull(),
    payload: jsonb("payload").notNull(),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    relayedAt: timestamp("relayed_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // BullMQ priority of the job (lower first); null: the job definition's default.
    priority: integer("priority"),
  },
  (t) => [
    index("outbox_pending_idx")
      .on(t.availableAt, t.id)
      .where(sql`${t.relayedAt} is null`),
    // Pruning reads relayed rows by age (lib/maintenance/prune-tables.ts).
    index("outbox_relayed_idx")
      .on(t.relayedAt)
      .where(sql`${t.relayedAt} is not null`),
  ],
);

/**
 * Append-only, hash-chained record of every state change (lib/audit). An entry is inserted, with no
 * lock, in the transaction of the change it records; the chainer (one at a time, in the workers) then
 * links committed entries in the order it finds them: `chain_seq`, `prev_hash` and `hash` are set once,
 * from null — the only change the append-only trigger allows.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorType: text("actor_type").notNull(), // staff | subject | system | api_key
    actorId: text("actor_id"),
    action: text("action").notNull(),
    requestId: uuid("request_id"),
    payload: jsonb("payload").notNull().default({}),
    chainSeq: bigint("chain_seq", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_log_request_idx").on(t.requestId, t.seq),
    index("audit_log_actor_idx").on(t.actorId, t.seq),
    index("audit_log_action_idx").on(t.action, t.seq),
    uniqueIndex("audit_log_chain_seq_idx").on(t.chainSeq),
    index("audit_log_unchained_idx")
      .on(t.seq)
      .where(sql`${t.chainSeq} is null`),
  ],
);

/**
 * Verified points of the chain: the audit page verifies from the newest one onwards instead of from
 * the first entry (`npm run audit:verify` still walks everything).
 */
export const auditCheckpoints = pgTable("audit_checkpoints", {
  chainSeq: bigint("chain_seq", { mode: "number" }).primaryKey(),
  hash: text("hash").notNull(),
  entries: bigint("entries", { mode: "number" }).notNull(),
  verifiedAt: timestamp("verified_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Last beat of each workers process; /api/health reports the freshest. */
export const workerHeartbeats = pgTable("worker_heartbeats", {
  workerId: text("worker_id").primaryKey(),
  hostname: text("hostname").notNull(),
  pid: integer("pid").notNull(),
  beatAt: timestamp("beat_at", { withTimezone: true }).notNull(),
});

/**
 * Every mail's state, one row per mail key, written in the transaction that queues the mail: queued →
 * sending (claimed before each attempt) → sent (`accepted_at`, the deterministic `message_id`), or
 * failed (last error, attempts) until the mail sweep re-queues it, given up after MAIL_RETRY_DAYS, or
 * uncertain when a send died between the SMTP conversation and its record (never re-sent by itself).
 * `sealed` is the encrypted message (address and body), kept until it is sent so the sweep can re-queue
 * it from Postgres alone (Redis may have lost the job).
 */
export const mailDeliveries = pgTable(
  "mail_deliveries",
  {
    key: text("key").primaryKey(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    messageId: text("message_id"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    // queued | sending | sent | failed | uncertain | given_up (lib/mail/states.ts)
    status: text("status").notNull().default("sending"),
    requestId: uuid("request_id"),
    template: text("template"),
    // subject | staff | recipient (a third party told under Art. 19)
    recipientRole: text("recipient_role").notNull().default("staff"),
    // The address, encrypted (shown in the workspace only to roles that see subject data).
    recipientEnc: text("recipient_enc"),
    sealed: text("sealed"),
    attempts: integer("attempts").notNull().default(0),
    requeues: integer("requeues").notNull().default(0),
    lastError: text("last_error"),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    givenUpAt: timestamp("given_up_at", { withTimezone: true }),
    // The mail job's BullMQ priority (MAIL_PRIORITY), kept for the sweep's and a resend's re-queue.
    priority: integer("priority"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("mail_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`status in ('queued', 'failed')`),
    index("mail_deliveries_sending_idx")
      .on(t.claimedAt)
      .where(sql`status = 'sending'`),
    index("mail_deliveries_request_idx").on(t.requestId, t.createdAt),
  ],
);

/** Messages caught by the embedded SMTP sink (development and tests only). */
export const devMailMessages = pgTable(
  "dev_mail_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipients: text("recipients").array().notNull(),
    fromAddress: text("from_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    // The files the message carried: [{ filename, contentType, bytes, sha256, base64 }] (dev sink only).
    attachments: jsonb("attachments"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    // The Message-ID header: lets the mail job ask the embedded sink whether it took a message.
    messageId: text("message_id"),
  },
  (t) => [index("dev_mail_received_idx").on(t.receivedAt), index("dev_mail_message_id_idx").on(t.messageId)],
);
