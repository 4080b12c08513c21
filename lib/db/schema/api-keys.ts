import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffUsers } from "./staff";

/**
 * Keys for the REST API (lib/auth/api-keys.ts). Only the SHA-256 of the secret is stored: the secret
 * is 32 random bytes, so a fast hash is as good as a slow one (nobody can guess their way to it) and
 * lets every call find its key by an indexed equality. `prefix` (the first characters of the secret)
 * lets an admin recognise a key without it.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull().unique(),
    scopes: text("scopes").array().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    // Calls per minute for this key; null: API_RATE_LIMIT_PER_MINUTE.
    rateLimitPerMinute: integer("rate_limit_per_minute"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Written at most once a minute per key (lib/auth/api-keys.ts), not on every call.
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => staffUsers.id),
  },
  (t) => [
    index("api_keys_active_idx")
      .on(t.createdAt)
      .where(sql`${t.revokedAt} is null`),
  ],
);
