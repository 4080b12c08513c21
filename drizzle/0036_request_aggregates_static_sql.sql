-- ===== custom SQL (hand-written; no schema change): the counters' trigger in static statements =====
-- The requests' counter trigger (0023, replaced in 0035 to count in the controller's calendar months) built
-- its statement as text and ran it with EXECUTE, so PostgreSQL parsed and planned it again on every firing:
-- once per intake statement. The same four upserts, written out per operation as static SQL (the zone is a
-- variable, so a parameter), are prepared once per connection and keep their plan (plan_cache_mode,
-- migration 0034). Same counters, same zone row, same key order (no deadlock), same slot per backend (pid
-- modulo 8); the triggers still call this function.
CREATE OR REPLACE FUNCTION dsr_request_aggregates_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_zone constant text := coalesce((SELECT time_zone FROM request_aggregates_calendar WHERE id = 1), 'UTC');
  v_slot constant smallint := pg_backend_pid() % 8;
BEGIN
  -- Only the transition tables this operation has may be named: one static statement per operation.
  IF TG_OP = 'INSERT' THEN
    WITH d AS (SELECT status, type, assignee_id, due_date, controller_time_zone, paused_at IS NULL AS clock_running, date_trunc('month', received_at AT TIME ZONE v_zone)::date AS month, CASE WHEN closed_at IS NOT NULL AND status IN ('completed', 'rejected') THEN date_trunc('month', closed_at AT TIME ZONE v_zone)::date END AS closed_month, coalesce((closed_at AT TIME ZONE coalesce(controller_time_zone, 'UTC'))::date <= due_date, false) AS on_time, 1 AS n FROM dsr_new_rows),
    s AS (
      INSERT INTO request_status_counts AS c (status, slot, n)
        SELECT d.status, v_slot, sum(d.n) FROM d GROUP BY d.status HAVING sum(d.n) <> 0 ORDER BY d.status
      ON CONFLICT (status, slot) DO UPDATE SET n = c.n + excluded.n),
    o AS (
      INSERT INTO request_open_buckets AS b (assignee_id, status, due_date, controller_time_zone, clock_running, slot, n)
        SELECT d.assignee_id, d.status, d.due_date, d.controller_time_zone, d.clock_running, v_slot, sum(d.n) FROM d
        WHERE d.status IN ('unverified','new','in_progress','awaiting_subject','in_review')
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT request_open_buckets_key DO UPDATE SET n = b.n + excluded.n),
    k AS (
      INSERT INTO request_monthly_closed AS m (month, slot, closed, on_time)
        SELECT d.closed_month, v_slot, sum(d.n), coalesce(sum(d.n) FILTER (WHERE d.on_time), 0) FROM d
        WHERE d.closed_month IS NOT NULL
        GROUP BY 1 HAVING sum(d.n) <> 0 OR coalesce(sum(d.n) FILTER (WHERE d.on_time), 0) <> 0 ORDER BY 1
      ON CONFLICT ON CONSTRAINT request_monthly_closed_key
        DO UPDATE SET closed = m.closed + excluded.closed, on_time = m.on_time + excluded.on_time)
    INSERT INTO request_monthly_volume AS v (month, type, slot, n)
      SELECT d.month, d.type, v_slot, sum(d.n) FROM d GROUP BY 1, 2 HAVING sum(d.n) <> 0 ORDER BY 1, 2
    ON CONFLICT ON CONSTRAINT request_monthly_volume_key DO UPDATE SET n = v.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    WITH d AS (SELECT status, type, assignee_id, due_date, controller_time_zone, paused_at IS NULL AS clock_running, date_trunc('month', received_at AT TIME ZONE v_zone)::date AS month, CASE WHEN closed_at IS NOT NULL AND status IN ('completed', 'rejected') THEN date_trunc('month', closed_at AT TIME ZONE v_zone)::date END AS closed_month, coalesce((closed_at AT TIME ZONE coalesce(controller_time_zone, 'UTC'))::date <= due_date, false) AS on_time, -1 AS n FROM dsr_old_rows),
    s AS (
      INSERT INTO request_status_counts AS c (status, slot, n)
        SELECT d.status, v_slot, sum(d.n) FROM d GROUP BY d.status HAVING sum(d.n) <> 0 ORDER BY d.status
      ON CONFLICT (status, slot) DO UPDATE SET n = c.n + excluded.n),
    o AS (
      INSERT INTO request_open_buckets AS b (assignee_id, status, due_date, controller_time_zone, clock_running, slot, n)
        SELECT d.assignee_id, d.status, d.due_date, d.controller_time_zone, d.clock_running, v_slot, sum(d.n) FROM d
        WHERE d.status IN ('unverified','new','in_progress','awaiting_subject','in_review')
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT request_open_buckets_key DO UPDATE SET n = b.n + excluded.n),
    k AS (
      INSERT INTO request_monthly_closed AS m (month, slot, closed, on_time)
        SELECT d.closed_month, v_slot, sum(d.n), coalesce(sum(d.n) FILTER (WHERE d.on_time), 0) FROM d
        WHERE d.closed_month IS NOT NULL
        GROUP BY 1 HAVING sum(d.n) <> 0 OR coalesce(sum(d.n) FILTER (WHERE d.on_time), 0) <> 0 ORDER BY 1
      ON CONFLICT ON CONSTRAINT request_monthly_closed_key
        DO UPDATE SET closed = m.closed + excluded.closed, on_time = m.on_time + excluded.on_time)
    INSERT INTO request_monthly_volume AS v (month, type, slot, n)
      SELECT d.month, d.type, v_slot, sum(d.n) FROM d GROUP BY 1, 2 HAVING sum(d.n) <> 0 ORDER BY 1, 2
    ON CONFLICT ON CONSTRAINT request_monthly_volume_key DO UPDATE SET n = v.n + excluded.n;
  ELSE
    WITH d AS (SELECT status, type, assignee_id, due_date, controller_time_zone, paused_at IS NULL AS clock_running, date_trunc('month', received_at AT TIME ZONE v_zone)::date AS month, CASE WHEN closed_at IS NOT NULL AND status IN ('completed', 'rejected') THEN date_trunc('month', closed_at AT TIME ZONE v_zone)::date END AS closed_month, coalesce((closed_at AT TIME ZONE coalesce(controller_time_zone, 'UTC'))::date <= due_date, false) AS on_time, 1 AS n FROM dsr_new_rows UNION ALL SELECT status, type, assignee_id, due_date, controller_time_zone, paused_at IS NULL AS clock_running, date_trunc('month', received_at AT TIME ZONE v_zone)::date AS month, CASE WHEN closed_at IS NOT NULL AND status IN ('completed', 'rejected') THEN date_trunc('month', closed_at AT TIME ZONE v_zone)::date END AS closed_month, coalesce((closed_at AT TIME ZONE coalesce(controller_time_zone, 'UTC'))::date <= due_date, false) AS on_time, -1 AS n FROM dsr_old_rows),
    s AS (
      INSERT INTO request_status_counts AS c (status, slot, n)
        SELECT d.status, v_slot, sum(d.n) FROM d GROUP BY d.status HAVING sum(d.n) <> 0 ORDER BY d.status
      ON CONFLICT (status, slot) DO UPDATE SET n = c.n + excluded.n),
    o AS (
      INSERT INTO request_open_buckets AS b (assignee_id, status, due_date, controller_time_zone, clock_running, slot, n)
        SELECT d.assignee_id, d.status, d.due_date, d.controller_time_zone, d.clock_running, v_slot, sum(d.n) FROM d
        WHERE d.status IN ('unverified','new','in_progress','awaiting_subject','in_review')
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT request_open_buckets_key DO UPDATE SET n = b.n + excluded.n),
    k AS (
      INSERT INTO request_monthly_closed AS m (month, slot, closed, on_time)
        SELECT d.closed_month, v_slot, sum(d.n), coalesce(sum(d.n) FILTER (WHERE d.on_time), 0) FROM d
        WHERE d.closed_month IS NOT NULL
        GROUP BY 1 HAVING sum(d.n) <> 0 OR coalesce(sum(d.n) FILTER (WHERE d.on_time), 0) <> 0 ORDER BY 1
      ON CONFLICT ON CONSTRAINT request_monthly_closed_key
        DO UPDATE SET closed = m.closed + excluded.closed, on_time = m.on_time + excluded.on_time)
    INSERT INTO request_monthly_volume AS v (month, type, slot, n)
      SELECT d.month, d.type, v_slot, sum(d.n) FROM d GROUP BY 1, 2 HAVING sum(d.n) <> 0 ORDER BY 1, 2
    ON CONFLICT ON CONSTRAINT request_monthly_volume_key DO UPDATE SET n = v.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
