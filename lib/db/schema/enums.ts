import { pgEnum } from "drizzle-orm/pg-core";
import { CHANNELS, REQUEST_STATUSES, REQUEST_TYPES, STAFF_ROLES, TASK_STATUSES } from "@/lib/domain/vocabulary";

// The database enums are the domain's lists: a value added there reaches the schema (and a generated migration).
export const requestTypeEnum = pgEnum("request_type", REQUEST_TYPES);
export const requestStatusEnum = pgEnum("request_status", REQUEST_STATUSES);
export const channelEnum = pgEnum("request_channel", CHANNELS);
export const staffRoleEnum = pgEnum("staff_role", STAFF_ROLES);
export const taskStatusEnum = pgEnum("task_status", TASK_STATUSES);
