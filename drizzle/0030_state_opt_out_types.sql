ALTER TYPE "public"."request_type" ADD VALUE 'opt_out_targeted_ads';--> statement-breakpoint
ALTER TYPE "public"."request_type" ADD VALUE 'opt_out_profiling';--> statement-breakpoint
ALTER TYPE "public"."request_type" ADD VALUE 'opt_out_sensitive';--> statement-breakpoint
-- ===== custom SQL (keep at the end when the integrator regenerates this migration) =====
-- The demo shop (schema `shop`, created by the seed, not by drizzle) gains the flags the state opt-outs set;
-- a database seeded before them gets the columns here, a new seed creates them (lib/seed/demo-shop-schema.sql.ts).
ALTER TABLE IF EXISTS "shop"."customers" ADD COLUMN IF NOT EXISTS "targeted_ads_opt_out" boolean NOT NULL DEFAULT false;--> statement-breakpoint
ALTER TABLE IF EXISTS "shop"."customers" ADD COLUMN IF NOT EXISTS "profiling_opt_out" boolean NOT NULL DEFAULT false;--> statement-breakpoint
ALTER TABLE IF EXISTS "shop"."customers" ADD COLUMN IF NOT EXISTS "sensitive_opt_out" boolean NOT NULL DEFAULT false;
