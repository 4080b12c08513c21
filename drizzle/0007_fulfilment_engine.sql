CREATE TABLE "connector_callback_nonces" (
	"nonce" text PRIMARY KEY NOT NULL,
	"system_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "exports_expiry_idx";--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "secret_enc" text;--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "last_test_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "last_test_ok" boolean;--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "last_test_message" text;--> statement-breakpoint
ALTER TABLE "exports" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exports" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "exports" ADD COLUMN "exclusions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "exports" ADD COLUMN "record_counts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "result_enc" text;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "instructions" text;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "completed_by" uuid;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "connector_callback_nonces" ADD CONSTRAINT "connector_callback_nonces_system_id_data_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."data_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exports" ADD CONSTRAINT "exports_approved_by_staff_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD CONSTRAINT "request_tasks_assignee_id_staff_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_tasks" ADD CONSTRAINT "request_tasks_completed_by_staff_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_tasks_assignee_idx" ON "request_tasks" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "exports_expiry_idx" ON "exports" USING btree ("expires_at") WHERE purged_at is null;