import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { staffUsers } from "./staff";

/**
 * An authorised agent who filed a request for a consumer (11 CCR § 7063): who they are and the signed
 * permission they uploaded. The agent's identity and the document are personal data: encrypted (`_enc`,
 * the document as base64 under the data keyring, bound to the request id); the row is deleted when the
 * request is minimised. Staff approve or reject the permission with a reason.
 */
export const requestAgents = pgTable("request_agents", {
  requestId: uuid("request_id")
    .primaryKey()
    .references(() => requests.id, { onDelete: "cascade" }),
  agentNameEnc: text("agent_name_enc").notNull(),
  agentEmailEnc: text("agent_email_enc").notNull(),
  agentOrganisationEnc: text("agent_organisation_enc"),
  /** Checked by content (magic bytes): application/pdf, image/png or image/jpeg. */
  permissionType: text("permission_type").notNull(),
  permissionBytes: integer("permission_bytes").notNull(),
  permissionSha256: text("permission_sha256").notNull(),
  permissionEnc: text("permission_enc").notNull(),
  /**
   * signed_permission | power_of_attorney. A power of attorney under Probate Code §§ 4121–4130 takes the request
   * out of 11 CCR § 7063(a): the consumer may not be required to verify directly (§ 7063(b)).
   */
  permissionKind: text("permission_kind").notNull().default("signed_permission"),
  /** pending | approved | rejected */
  reviewStatus: text("review_status").notNull().default("pending"),
  reviewReason: text("review_reason"),
  reviewedBy: uuid("reviewed_by").references(() => staffUsers.id),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
