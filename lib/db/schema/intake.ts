import { index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { requests } from "./requests";

/** Numbers the human reference DSR-<year>-<n>; global, so a reference never repeats. */
export const requestReferenceSeq = pgSequence("request_reference_seq", { startWith: 1 });

/**
 * E-mail verification of one request: a link token (72 h) and a 6-digit code (15 min, 5 tries),
 * both stored only as hashes. A new code replaces the old one (resend).
 */
export const requestVerifications = pgTable(
  "request_verifications",
  {
    requestId: uuid("request_id")
      .primaryKey()
      .references(() => requests.id),
    tokenHash: text("token_hash").notNull(),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }).notNull(),
    codeHash: text("code_hash").notNull(),
    codeExpiresAt: timestamp("code_expires_at", { withTimezone: true }).notNull(),
    codeAttempts: integer("code_attempts").notNull().default(0),
    codesSent: integer("codes_sent").notNull().default(1),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("request_verifications_token_idx").on(t.tokenHash)],
);

/** Answers given to an Idempotency-Key: a retry with the same key and body gets the same answer. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    keyHash: text("key_hash").notNull(),
    bodyHash: text("body_hash").notNull(),
    status: integer("status").notNull(),
    response: jsonb("response").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.keyHash] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);

/**
 * Fixed-window counters for public endpoints, kept in Postgres because a web request never waits on
 * Redis. Buckets carry hashed identifiers (IP, e-mail blind index), never the raw values.
 */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    bucket: text("bucket").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] }), index("rate_limit_hits_window_idx").on(t.windowStart)],
);
