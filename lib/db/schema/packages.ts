import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { requestTasks } from "./fulfilment";
import { requests } from "./requests";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * A package's encrypted bytes when packages are stored in PostgreSQL (PACKAGE_STORE=postgres, the
 * default): the ciphertext cut in chunks of about 1 MiB, written and read one chunk at a time so
 * every replica streams the same package without a shared disk. Purge deletes the chunks.
 */
export const exportChunks = pgTable(
  "export_chunks",
  {
    // No foreign key: the chunks are written before the `exports` row that names them (same transaction).
    exportId: uuid("export_id").notNull(),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.seq] })],
);

/**
 * What a collect step found in a database system, per record set: the set's description (no personal
 * data) and the key that seals its row batches. Kept out of `request_tasks`, whose rows every step
 * reads, so the task row stays small whatever the volume. Deleted once the package is released or
 * the request is closed.
 */
export const collectedSets = pgTable(
  "collected_sets",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => requestTasks.id),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id),
    setIndex: integer("set_index").notNull(),
    name: text("name").notNull(),
    category: text("category").notNull(),
    providedBySubject: boolean("provided_by_subject").notNull().default(false),
    // [{ name, kind }]: kind says how data.json types the value (number, boolean, json, string).
    columns: jsonb("columns").notNull(),
    rowCount: integer("row_count").notNull().default(0),
    // The batches' own AES-256-GCM key, sealed with the data keyring (bound to the task and set).
    keyEnc: text("key_enc").notNull(),
    // { json, csv: { crc, size, compressedSize } }: the set's data.json rows and CSV, deflated by the
    // collect step and staged at negative set indices of collected_batches; null if not made.
    packed: jsonb("packed"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.setIndex] }), index("collected_sets_request_idx").on(t.requestId)],
);

/**
 * The rows of a collected set, in batches: PostgreSQL COPY text lines (one row a line), encrypted
 * [iv][ciphertext][tag] under the set's key. `firstRow` is the index of the batch's first row in its
 * set, so a preview reads the first batch only and an exclusion (set, index) finds its batch.
 */
export const collectedBatches = pgTable(
  "collected_batches",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => requestTasks.id),
    setIndex: integer("set_index").notNull(),
    seq: integer("seq").notNull(),
    firstRow: integer("first_row").notNull(),
    rows: integer("rows").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.setIndex, t.seq] })],
);
