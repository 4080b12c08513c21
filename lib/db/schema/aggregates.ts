import { boolean, bigint, date, pgTable, primaryKey, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { requestStatusEnum, requestTypeEnum } from "./enums";

/**
 * Read models kept by triggers on `requests` in the same transaction as every insert, update and
 * delete (migration 0023, custom block), so the queue's tabs and the dashboard read a few hundred rows
 * instead of scanning a million: requests per status, open requests per (assignee, status, due date,
 * zone, clock running), and requests received per month and type.
 * Each figure is split over a few `slot`s (the writing backend's pid modulo 8) and read as their sum:
 * with one row per figure, every intake would lock the same "unverified" row until it commits, and
 * concurrent transactions would queue behind each other on it.
 */
const slot = () => smallint("slot").notNull().default(0);

export const requestStatusCounts = pgTable(
  "request_status_counts",
  {
    status: requestStatusEnum("status").notNull(),
    slot: slot(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ name: "request_status_counts_pkey", columns: [t.status, t.slot] })],
);

export const requestOpenBuckets = pgTable(
  "request_open_buckets",
  {
    assigneeId: uuid("assignee_id"),
    status: requestStatusEnum("status").notNull(),
    dueDate: date("due_date").notNull(),
    controllerTimeZone: text("controller_time_zone"),
    clockRunning: boolean("clock_running").notNull(),
    slot: slot(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("request_open_buckets_key")
      .on(t.assigneeId, t.status, t.dueDate, t.controllerTimeZone, t.clockRunning, t.slot)
      .nullsNotDistinct(),
  ],
);

export const requestMonthlyVolume = pgTable(
  "request_monthly_volume",
  {
    /** First day of the month of receipt, in UTC. */
    month: date("month").notNull(),
    type: requestTypeEnum("type").notNull(),
    slot: slot(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [unique("request_monthly_volume_key").on(t.month, t.type, t.slot)],
);
