import { pgEnum } from "drizzle-orm/pg-core";

export const requestTypeEnum = pgEnum("request_type", [
  "access",
  "rectification",
  "erasure",
  "portability",
  "restriction",
  "objection",
]);
export const requestStatusEnum = pgEnum("request_status", [
  "unverified",
  "new",
  "in_progress",
  "awaiting_subject",
  "in_review",
  "completed",
  "rejected",
  "withdrawn",
]);
export const channelEnum = pgEnum("request_channel", ["portal", "email", "phone", "letter", "api"]);
export const staffRoleEnum = pgEnum("staff_role", ["admin", "dpo", "agent", "manager"]);
export const taskStatusEnum = pgEnum("task_status", [
  "pending",
  "running",
  "waiting",
  "succeeded",
  "failed",
  "skipped",
]);
