import { sql } from "drizzle-orm";
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { staffUsers } from "./staff";

/**
 * A complaint the subject made to us, the controller, about how we handled their request (UK: s. 164A
 * DPA 2018, inserted by the Data (Use and Access) Act 2025): acknowledged within 30 days (`acknowledge_by`,
 * a local date in the controller's calendar), then answered. A tracked item of its own, beside the
 * request's status. The complaint and the answer are the subject's correspondence: encrypted (`_enc`).
 */
export const controllerComplaints = pgTable(
  "controller_complaints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    bodyEnc: text("body_enc").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgeBy: date("acknowledge_by").notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => staffUsers.id),
    outcomeEnc: text("outcome_enc"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: uuid("answered_by").references(() => staffUsers.id),
  },
  (t) => [
    index("controller_complaints_request_idx").on(t.requestId, t.receivedAt),
    // The reminder sweep reads only the complaints still waiting for their acknowledgement.
    index("controller_complaints_unacknowledged_idx")
      .on(t.acknowledgeBy)
      .where(sql`${t.acknowledgedAt} is null`),
  ],
);

/**
 * nFADP: we told the person we cannot answer within 30 days and by when we will (art. 18 al. 2 OPDo,
 * SR 235.11). One row per notice; the same date twice for one request is the same notice (a retried form).
 */
export const requestDateNotices = pgTable(
  "request_date_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    newDate: date("new_date").notNull(),
    reason: text("reason").notNull(),
    staffId: uuid("staff_id").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("request_date_notices_once_uq").on(t.requestId, t.newDate)],
);
