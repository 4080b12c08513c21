CREATE TABLE "staff_saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_totp_steps" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"last_time_step" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staff_saved_views" ADD CONSTRAINT "staff_saved_views_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_recovery_codes" ADD CONSTRAINT "staff_recovery_codes_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_totp_steps" ADD CONSTRAINT "staff_totp_steps_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_saved_views_user_name_uq" ON "staff_saved_views" USING btree ("user_id","name");--> statement-breakpoint
CREATE INDEX "staff_saved_views_user_idx" ON "staff_saved_views" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "staff_recovery_codes_user_idx" ON "staff_recovery_codes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "requests_due_idx" ON "requests" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "requests_type_due_idx" ON "requests" USING btree ("type","due_date","id");--> statement-breakpoint
CREATE INDEX "requests_jurisdiction_due_idx" ON "requests" USING btree ("jurisdiction","due_date","id");--> statement-breakpoint
CREATE INDEX "requests_channel_due_idx" ON "requests" USING btree ("channel","due_date","id");--> statement-breakpoint
CREATE INDEX "requests_status_received_idx" ON "requests" USING btree ("status","received_at","id");--> statement-breakpoint
CREATE INDEX "requests_assignee_received_idx" ON "requests" USING btree ("assignee_id","received_at","id");--> statement-breakpoint
CREATE INDEX "requests_duplicate_of_idx" ON "requests" USING btree ("duplicate_of");