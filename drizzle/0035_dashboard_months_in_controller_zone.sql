CREATE TABLE "request_aggregates_calendar" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"rebuilt_at" timestamp with time zone,
	CONSTRAINT "request_aggregates_calendar_one_row" CHECK ("request_aggregates_calendar"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "request_monthly_closed" (
	"month" date NOT NULL,
	"slot" smallint DEFAULT 0 NOT NULL,
	"closed" bigint DEFAULT 0 NOT NULL,
	"on_time" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "request_monthly_closed_key" UNIQUE("month","slot")
);
--> statement-breakpoint
-- ===== custom SQL (hand-written; keep at the end when regenerating): months in the controller's zone =====
-- The monthly counters group by the calendar months of one zone, recorded in request_aggregates_calendar
-- (one row). It starts at UTC, the zone the counters of 0023 were built in; the workers' `dashboard.months`
-- job rebuilds the monthly counters in the controller's zone (CONTROLLER_TIME_ZONE) and records it there,
-- audited (lib/maintenance/rebuild-dashboard-months.ts). The trigger function of 0023 is replaced: the same
-- counters, the months of that zone, and a fourth read model, requests closed (completed or refused) per
-- month of closing and how many of them on time (closed on or before the due date, in the request's zone).
INSERT INTO request_aggregates_calendar (id, time_zone) VALUES (1, 'UTC') ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dsr_request_aggregates_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text := coalesce((SELECT time_zone FROM request_aggregates_calendar WHERE id = 1), 'UTC');
  cols text;
  src text;
  slot constant smallint := pg_backend_pid() % 8;
BEGIN
  cols := format('status, type, assignee_id, due_date, controller_time_zone, paused_at IS NULL AS clock_running, '
    || 'date_trunc(''month'', received_at AT TIME ZONE %1$L)::date AS month, '
    || 'CASE WHEN closed_at IS NOT NULL AND status IN (''completed'', ''rejected'') '
    || 'THEN date_trunc(''month'', closed_at AT TIME ZONE %1$L)::date END AS closed_month, '
    || 'coalesce((closed_at AT TIME ZONE coalesce(controller_time_zone, ''UTC''))::date <= due_date, false) AS on_time',
    zone);
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
      ON CONFLICT ON CONSTRAINT request_open_buckets_key DO UPDATE SET n = b.n + excluded.n),
    k AS (
      INSERT INTO request_monthly_closed AS m (month, slot, closed, on_time)
        SELECT closed_month, %2$s, sum(n), coalesce(sum(n) FILTER (WHERE on_time), 0) FROM d
        WHERE closed_month IS NOT NULL
        GROUP BY 1 HAVING sum(n) <> 0 OR coalesce(sum(n) FILTER (WHERE on_time), 0) <> 0 ORDER BY 1
      ON CONFLICT ON CONSTRAINT request_monthly_closed_key
        DO UPDATE SET closed = m.closed + excluded.closed, on_time = m.on_time + excluded.on_time)
    INSERT INTO request_monthly_volume AS v (month, type, slot, n)
      SELECT month, type, %2$s, sum(n) FROM d GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
    ON CONFLICT ON CONSTRAINT request_monthly_volume_key DO UPDATE SET n = v.n + excluded.n
  $q$, src, slot);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Backfill the closed counters in the zone the calendar starts at (UTC, like the volume counters of 0023).
INSERT INTO request_monthly_closed (month, closed, on_time)
  SELECT date_trunc('month', closed_at AT TIME ZONE 'UTC')::date, count(*),
         count(*) FILTER (WHERE (closed_at AT TIME ZONE coalesce(controller_time_zone, 'UTC'))::date <= due_date)
  FROM requests WHERE closed_at IS NOT NULL AND status IN ('completed', 'rejected') GROUP BY 1;
