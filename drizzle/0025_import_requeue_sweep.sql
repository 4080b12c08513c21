ALTER TABLE "request_imports" ADD COLUMN "queued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_imports" ADD COLUMN "requeues" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "request_imports" ADD COLUMN "failure_kind" text;