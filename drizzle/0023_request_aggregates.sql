CREATE TABLE "request_monthly_volume" (
	"month" date NOT NULL,
	"type" "request_type" NOT NULL,
	"slot" smallint DEFAULT 0 NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "request_monthly_volume_key" UNIQUE("month","type","slot")
);
--> statement-breakpoint
CREATE TABLE "request_open_buckets" (
	"assignee_id" uuid,
	"status" "request_status" NOT NULL,
	"due_date" date NOT NULL,
	"controller_time_zone" text,
	"clock_running" boolean NOT NULL,
	"slot" smallint DEFAULT 0 NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "request_open_buckets_key" UNIQUE NULLS NOT DISTINCT("assignee_id","status","due_date","controller_time_zone","clock_running","slot")
);
--> statement-breakpoint
CREATE TABLE "request_status_counts" (
	"status" "request_status" NOT NULL,
	"slot" smallint DEFAULT 0 NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "request_status_counts_pkey" PRIMARY KEY("status","slot")
);
--> statement-breakpoint
-- ===== custom SQL (hand-written; keep at the end when regenerating): triggers and backfill =====
-- Statement-level triggers with transition tables: one bulk INSERT of 100,000 rows costs one grouped
-- upsert, not 100,000. Each counter moves by the net delta of the statement (an UPDATE that changes
-- none of the grouped columns nets to zero and writes nothing). Rows are upserted in key order so two
-- concurrent transitions lock the same counters in the same order (no deadlock). Each backend writes
-- its own slot (pid modulo 8) and readers sum the slots: one row per figure would make every intake
-- wait on the "unverified" counter until the intake before it commits.
CREATE FUNCTION dsr_request_aggregates_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cols constant text := 'status, type, assignee_id, due_date, controller_time_zone, paused_at IS NULL AS clock_running, '
    || 'date_trunc(''month'', received_at AT TIME ZONE ''UTC'')::date AS month';
  src text;
  slot constant smallint := pg_backend_pid() % 8;
BEGIN
  -- The transition tables are visible to dynamic SQL; only the ones this operation has may be named.
  src := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS n FROM dsr_new_rows', cols)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS n FROM dsr_old_rows', cols)
    ELSE format('SELECT %s, 1 AS n FROM dsr_new_rows UNION ALL SELECT %s, -1 AS n FROM dsr_old_rows', cols, cols)
  END;
  EXECUTE format($q$
    WITH d AS (%s),
    s AS (
      INSERT INTO request_status_counts AS c (status, slot, n)
        SELECT status, %2$s, sum(n) FROM d GROUP BY status HAVING sum(n) <> 0 ORDER BY status
      ON CONFLICT (status, slot) DO UPDATE SET n = c.n + excluded.n),
    o AS (
      INSERT INTO request_open_buckets AS b (assignee_id, status, due_date, controller_time_zone, clock_running, slot, n)
        SELECT assignee_id, status, due_date, controller_time_zone, clock_running, %2$s, sum(n) FROM d
        WHERE status IN ('unverified','new','in_progress','awaiting_subject','in_review')
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT request_open_buckets_key DO UPDATE SET n = b.n + excluded.n)
    INSERT INTO request_monthly_volume AS v (month, type, slot, n)
      SELECT month, type, %2$s, sum(n) FROM d GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
    ON CONFLICT ON CONSTRAINT request_monthly_volume_key DO UPDATE SET n = v.n + excluded.n
  $q$, src, slot);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER requests_aggregates_insert AFTER INSERT ON requests REFERENCING NEW TABLE AS dsr_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dsr_request_aggregates_apply();
--> statement-breakpoint
CREATE TRIGGER requests_aggregates_update AFTER UPDATE ON requests
  REFERENCING OLD TABLE AS dsr_old_rows NEW TABLE AS dsr_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dsr_request_aggregates_apply();
--> statement-breakpoint
CREATE TRIGGER requests_aggregates_delete AFTER DELETE ON requests REFERENCING OLD TABLE AS dsr_old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dsr_request_aggregates_apply();
--> statement-breakpoint
-- Backfill from the rows already there (the triggers exist first, in this same transaction).
INSERT INTO request_status_counts (status, n) SELECT status, count(*) FROM requests GROUP BY status;
--> statement-breakpoint
INSERT INTO request_open_buckets (assignee_id, status, due_date, controller_time_zone, clock_running, n)
  SELECT assignee_id, status, due_date, controller_time_zone, paused_at IS NULL, count(*) FROM requests
  WHERE status IN ('unverified','new','in_progress','awaiting_subject','in_review') GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO request_monthly_volume (month, type, n)
  SELECT date_trunc('month', received_at AT TIME ZONE 'UTC')::date, type, count(*) FROM requests GROUP BY 1, 2;
