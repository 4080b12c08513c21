-- ===== custom SQL (hand-written; no schema change): the intake's prepared statement keeps one plan =====
-- The intake files requests with one named prepared statement whose text is the same for any number of
-- intakes (lib/requests/intake/intake-statement-sql.ts). By default PostgreSQL plans it again on every
-- call (its custom plans looked cheaper than the generic one); with a generic plan it cost 1.56-1.71 ms of
-- the backend's CPU instead of 2.37-2.47 ms per call (README, intake). Only named prepared statements
-- are affected: drizzle's queries are unnamed and planned on each call whatever this says. New sessions
-- take it; a role that may not alter its database keeps the default (a notice, not a failed migration).
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET plan_cache_mode = force_generic_plan', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'plan_cache_mode not set for the database (insufficient privilege): the intake plans its statement on every call';
END $$;
