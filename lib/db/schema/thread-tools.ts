import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { requestMessages, requests } from "./requests";
import { staffUsers } from "./staff";

/**
 * The name search's blind index: one row per normalised token of a request's subject name (lowercase,
 * accents stripped, split on spaces and hyphens), as an HMAC under a key derived from BLIND_INDEX_KEY
 * (lib/crypto/name-index.ts). Never the name itself. Keyed (token_hash, request_id) so a search is an
 * index range; rebuilt by key rotation, deleted when the request is minimised.
 */
export const requestNameTokens = pgTable(
  "request_name_tokens",
  {
    tokenHash: text("token_hash").notNull(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.tokenHash, t.requestId] }),
    index("request_name_tokens_request_idx").on(t.requestId),
  ],
);

/**
 * A file attached to a message of a request's thread: checked by content (magic bytes), stored
 * encrypted (base64 under the data keyring, bound to the request id and the attachment id), deleted
 * when the request is minimised.
 */
export const requestAttachments = pgTable(
  "request_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    messageId: uuid("message_id").references(() => requestMessages.id, { onDelete: "cascade" }),
    fileNameEnc: text("file_name_enc").notNull(),
    contentType: text("content_type").notNull(),
    bytes: integer("bytes").notNull(),
    sha256: text("sha256").notNull(),
    contentEnc: text("content_enc").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("request_attachments_request_idx").on(t.requestId, t.createdAt)],
);

/** A reusable reply for the message thread, in French and English, for some request types (none: all). */
export const replyTemplates = pgTable(
  "reply_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    bodyFr: text("body_fr").notNull(),
    bodyEn: text("body_en").notNull(),
    requestTypes: text("request_types")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    updatedBy: uuid("updated_by").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reply_templates_name_idx").on(t.name)],
);
