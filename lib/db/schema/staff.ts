import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffRoleEnum } from "./enums";

// Staff e-mails are work identities, not subject data: stored in clear for sign-in look-up.
export const staffUsers = pgTable("staff_users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: staffRoleEnum("role").notNull(),
  passwordHash: text("password_hash").notNull(),
  totpSecretEnc: text("totp_secret_enc"),
  totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
  active: boolean("active").notNull().default(true),
  failedSignIns: integer("failed_sign_ins").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  // An admin-issued password (invite): the user must choose their own before doing anything else.
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
  // Bumped on deactivation, role change, sign-out or a password change/reset: existing sessions end at once.
  sessionVersion: integer("session_version").notNull().default(1),
  // The language of the staff screens (fr|en); null until the first sign-in sets it from the browser.
  locale: text("locale"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const staffNotifications = pgTable(
  "staff_notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id),
    requestId: uuid("request_id"),
    kind: text("kind").notNull(),
    // English text, kept for rows written before `message` and as the fallback for an unknown key.
    title: text("title").notNull(),
    // The title as a staff-catalogue key + values, rendered in the reader's language (null on older rows).
    message: jsonb("message").$type<{ key: string; params: Record<string, string | number> }>(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("staff_notifications_unread_idx")
      .on(t.userId, t.createdAt)
      .where(sql`${t.readAt} is null`),
  ],
);
