import { boolean, bigint, date, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { requestStatusEnum, requestTypeEnum } from "./enums";

/**
 * Read models kept by triggers on `requests` in the same transaction as every insert, update and
 * delete (migration 0019, custom block), so the queue's tabs and the dashboard read a few hundred rows
 * instead of scanning a million: requests per status, open requests per (assignee, status, due date,
 * zone, clock running), and requests received per month and type.
 */
export const requestStatusCounts = pgTable("request_status_counts", {
  status: requestStatusEnum("status").primaryKey(),
  n: bigint("n", { mode: "number" }).notNull().default(0),
});

export const requestOpenBuckets = pgTable(
  "request_open_buckets",
  {
    assigneeId: uuid("assignee_id"),
    status: requestStatusEnum("status").notNull(),
    dueDate: date("due_date").notNull(),
    controllerTimeZone: text("controller_time_zone"),
    clockRunning: boolean("clock_running").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("request_open_buckets_key")
      .on(t.assigneeId, t.status, t.dueDate, t.controllerTimeZone, t.clockRunning)
      .nullsNotDistinct(),
  ],
);

export const requestMonthlyVolume = pgTable(
  "request_monthly_volume",
  {
    /** First day of the month of receipt, in UTC. */
    month: date("month").notNull(),
    type: requestTypeEnum("type").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [unique("request_monthly_volume_key").on(t.month, t.type)],
);
