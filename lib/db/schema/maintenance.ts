import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Progress of a long maintenance pass (key rotation, blind-index rebuild): where it stopped, so a killed
 * run or a second worker resumes from there instead of starting over; and what it has done, for the
 * operator (`npm run keys:rotate -- --status`).
 */
export const maintenanceRuns = pgTable("maintenance_runs", {
  task: text("task").primaryKey(),
  // The target the pass works toward (the current data key id, the blind-index key fingerprint).
  target: text("target").notNull(),
  // { table: string, after: string | null } — the keyset cursor of the next batch.
  cursor: jsonb("cursor"),
  done: integer("done").notNull().default(0),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});
