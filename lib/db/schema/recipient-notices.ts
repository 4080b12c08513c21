import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { dataSystems } from "./fulfilment";
import { requests } from "./requests";
import { staffUsers } from "./staff";

/**
 * One Art. 19 notice: a recipient of a system where the subject's records were found, told of a
 * rectification, erasure or restriction. Tracked until acknowledged; staff may re-send it.
 * `status`: sent (queued for mail) | no_address (a person must tell them) | acknowledged.
 */
export const recipientNotices = pgTable(
  "recipient_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    systemId: uuid("system_id")
      .notNull()
      .references(() => dataSystems.id),
    // A business contact from the processing register, not subject data: kept in clear.
    recipientName: text("recipient_name").notNull(),
    recipientEmail: text("recipient_email"),
    action: text("action").notNull(), // erasure | rectification | restriction
    status: text("status").notNull(),
    sendCount: integer("send_count").notNull().default(0),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => staffUsers.id),
    acknowledgementNote: text("acknowledgement_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("recipient_notices_uq").on(t.requestId, t.systemId, t.recipientName),
    index("recipient_notices_request_idx").on(t.requestId),
  ],
);
