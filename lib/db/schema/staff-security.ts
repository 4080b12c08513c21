import { bigint, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffUsers } from "./staff";

/** One-time recovery codes for the TOTP second step, stored only as hashes. */
export const staffRecoveryCodes = pgTable(
  "staff_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_recovery_codes_user_idx").on(t.userId)],
);

/** The last accepted TOTP time step per user: a code is accepted once (no replay within its window). */
export const staffTotpSteps = pgTable("staff_totp_steps", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => staffUsers.id),
  lastTimeStep: bigint("last_time_step", { mode: "number" }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One-time password-reset links an admin sends (lib/auth/password-reset.ts): only the token's SHA-256
 * is stored; a link works once, until it expires, and a newer one replaces it.
 */
export const staffPasswordResets = pgTable(
  "staff_password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id),
    tokenHash: text("token_hash").notNull().unique(),
    issuedBy: uuid("issued_by").references(() => staffUsers.id),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_password_resets_user_idx").on(t.userId)],
);

/**
 * Failed sign-ins per key (`account:<hash of e-mail>` or `ip:<hash of address>`), hashed so unknown
 * e-mails and client addresses are never stored in clear. Locks grow with repeated failures.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull().defaultNow(),
});
