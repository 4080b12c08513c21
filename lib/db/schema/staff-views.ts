import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { staffUsers } from "./staff";

/** A named queue filter a staff member saved; `query` is the queue URL's search string. */
export const staffSavedViews = pgTable(
  "staff_saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id),
    name: text("name").notNull(),
    query: text("query").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staff_saved_views_user_name_uq").on(t.userId, t.name),
    index("staff_saved_views_user_idx").on(t.userId, t.createdAt),
  ],
);
