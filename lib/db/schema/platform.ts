import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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

/** Append-only, hash-chained record of every state change (lib/audit). */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorType: text("actor_type").notNull(), // staff | subject | system
    actorId: text("actor_id"),
    action: text("action").notNull(),
    requestId: uuid("request_id"),
    payload: jsonb("payload").notNull().default({}),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_log_request_idx").on(t.requestId, t.seq),
    index("audit_log_actor_idx").on(t.actorId, t.seq),
    index("audit_log_action_idx").on(t.action, t.seq),
  ],
);

/** Last beat of each workers process; /api/health reports the freshest. */
export const workerHeartbeats = pgTable("worker_heartbeats", {
  workerId: text("worker_id").primaryKey(),
  hostname: text("hostname").notNull(),
  pid: integer("pid").notNull(),
  beatAt: timestamp("beat_at", { withTimezone: true }).notNull(),
});

/**
 * One row per mail key, claimed before sending: a retried or duplicated mail job finds it and does
 * not send twice. `accepted_at` is set once the SMTP server accepted the message.
 */
export const mailDeliveries = pgTable("mail_deliveries", {
  key: text("key").primaryKey(),
  claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
  messageId: text("message_id"),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
});

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
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dev_mail_received_idx").on(t.receivedAt)],
);
