import {
  boolean,
  bigint,
  check,
  date,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { requestStatusEnum, requestTypeEnum } from "./enums";

/**
 * Read models kept by triggers on `requests` in the same transaction as every insert, update and
 * delete (migration 0023, custom block), so the queue's tabs and the dashboard read a few hundred rows
 * instead of scanning a million: requests per status, open requests per (assignee, status, due date,
 * zone, clock running), requests received per month and type, and requests closed per month (how many on
 * time). Months are the calendar months of `request_aggregates_calendar.time_zone` (the controller's).
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
    /** First day of the month of receipt, in the zone of `request_aggregates_calendar`. */
    month: date("month").notNull(),
    type: requestTypeEnum("type").notNull(),
    slot: slot(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [unique("request_monthly_volume_key").on(t.month, t.type, t.slot)],
);

/**
 * The one zone whose calendar months the monthly counters use (one row). The triggers read it; the
 * workers' `dashboard.months` job rebuilds the monthly counters in the controller's zone, and records the
 * zone here, when the configured zone differs (lib/maintenance/rebuild-dashboard-months.ts).
 */
export const requestAggregatesCalendar = pgTable(
  "request_aggregates_calendar",
  {
    id: smallint("id").primaryKey().default(1),
    timeZone: text("time_zone").notNull().default("UTC"),
    rebuiltAt: timestamp("rebuilt_at", { withTimezone: true }),
  },
  (t) => [check("request_aggregates_calendar_one_row", sql`${t.id} = 1`)],
);

/** Requests closed (completed or refused) per month of closing, and how many of them by their due date. */
export const requestMonthlyClosed = pgTable(
  "request_monthly_closed",
  {
    /** First day of the month of closing, in the zone of `request_aggregates_calendar`. */
    month: date("month").notNull(),
    slot: slot(),
    closed: bigint("closed", { mode: "number" }).notNull().default(0),
    onTime: bigint("on_time", { mode: "number" }).notNull().default(0),
  },
  (t) => [unique("request_monthly_closed_key").on(t.month, t.slot)],
);
