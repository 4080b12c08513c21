CREATE TABLE "maintenance_runs" (
	"task" text PRIMARY KEY NOT NULL,
	"target" text NOT NULL,
	"cursor" jsonb,
	"done" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "minimised_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "requests_unassigned_verified_idx" ON "requests" USING btree ("verified_at","id") WHERE "requests"."assignee_id" is null and "requests"."status" in ('new','in_progress','awaiting_subject','in_review');--> statement-breakpoint
CREATE INDEX "requests_open_ccpa_received_idx" ON "requests" USING btree ("received_at","id") WHERE "requests"."regime" = 'CCPA' and "requests"."status" in ('unverified','new','in_progress','awaiting_subject','in_review');--> statement-breakpoint
CREATE INDEX "requests_retention_idx" ON "requests" USING btree ("closed_at","id") WHERE "requests"."closed_at" is not null and "requests"."minimised_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_relayed_idx" ON "outbox" USING btree ("relayed_at") WHERE "outbox"."relayed_at" is not null;