import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { staffUsers } from "./staff";

/**
 * Authorised agents registered by admins for the Data Rights Protocol (lib/integrations/drp): the
 * agent's directory entry (§ 3.05.1), its Ed25519 verify key (base64, public) and whether it may call.
 */
export const drpAgents = pgTable("drp_agents", {
  // The protocol's agent-id (the directory's `id`, [A-Z_]+ in the spec; we accept [A-Za-z0-9_.-]).
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  verifyKey: text("verify_key").notNull(),
  technicalContact: text("technical_contact").notNull(),
  webUrl: text("web_url"),
  enabled: boolean("enabled").notNull().default(true),
  // Calls per minute; null: DRP_RATE_LIMIT_PER_MINUTE.
  rateLimitPerMinute: integer("rate_limit_per_minute"),
  createdBy: uuid("created_by").references(() => staffUsers.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
});

/** Pair-wise bearer tokens (§ 2.05): only their SHA-256 is kept, with the agent they stand for. */
export const drpTokens = pgTable("drp_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  agentId: text("agent_id")
    .notNull()
    .references(() => drpAgents.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A request filed through the protocol: which agent manages it (only that agent may read or revoke it),
 * the agent's own id for it, where to send status callbacks, and the last status queued for the agent
 * (so a callback goes out when the protocol status changes, not for every audit entry).
 */
export const drpRequests = pgTable(
  "drp_requests",
  {
    requestId: uuid("request_id")
      .primaryKey()
      .references(() => requests.id, { onDelete: "cascade" }),
    agentId: text("agent_id")
      .notNull()
      .references(() => drpAgents.id),
    agentRequestId: text("agent_request_id"),
    exercise: text("exercise").notNull(),
    statusCallback: text("status_callback"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastNotified: jsonb("last_notified"),
    // What the agent sent about the consumer (lib/domain/drp-claims.ts), encrypted to the request (the
    // phone, the address); null for requests filed before it was kept, and once the subject data is minimised.
    claimsEnc: text("claims_enc"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("drp_requests_agent_request_idx")
      .on(t.agentId, t.agentRequestId)
      .where(sql`${t.agentRequestId} is not null`),
  ],
);

/**
 * One status callback (§ 2.03) to one agent: written in the transaction of the change, sent by the
 * `drp.callback` job (claimed by a conditional UPDATE, so a job run twice posts once), retried with
 * backoff until DRP_CALLBACK_RETRY_HOURS after it was written.
 */
export const drpCallbacks = pgTable(
  "drp_callbacks",
  {
    id: text("id").primaryKey(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    agentId: text("agent_id").notNull(),
    url: text("url").notNull(),
    body: jsonb("body").notNull(),
    // pending → sending → delivered | failed (due again) → given_up
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("drp_callbacks_request_idx").on(t.requestId, t.createdAt)],
);
