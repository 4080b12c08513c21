import { sql } from "drizzle-orm";
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { staffUsers } from "./staff";

/**
 * The subject's appeal of a refusal under a US state law that grants one (lib/domain/us-states): a
 * tracked item of its own with its own deadline (`decide_by`, the state's decision period from the
 * appeal's receipt, a local date in the controller's calendar). One per request. Decided by a DPO or
 * admin who did not make the refusal (`refused_by`, taken from the audit log when the appeal is filed).
 * The subject's reason and the decision's reason are correspondence: encrypted (`_enc`).
 */
export const requestAppeals = pgTable(
  "request_appeals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    regime: text("regime").notNull(),
    reasonEnc: text("reason_enc").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    decideBy: date("decide_by").notNull(),
    refusedBy: uuid("refused_by").references(() => staffUsers.id),
    decision: text("decision"), // granted | denied
    decisionReasonEnc: text("decision_reason_enc"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => staffUsers.id),
    // The decision period extended once where the state's law allows it (CO, OR, MN, NJ: appeal.decideExtensionDays).
    extendedAt: timestamp("extended_at", { withTimezone: true }),
    extendedBy: uuid("extended_by").references(() => staffUsers.id),
    extensionReasonEnc: text("extension_reason_enc"),
  },
  (t) => [
    uniqueIndex("request_appeals_request_uq").on(t.requestId),
    // The staff list and the reminder sweep read only the appeals still waiting for a decision.
    index("request_appeals_open_idx")
      .on(t.decideBy)
      .where(sql`${t.decidedAt} is null`),
  ],
);
