CREATE TABLE "recipient_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_email" text,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"send_count" integer DEFAULT 0 NOT NULL,
	"last_sent_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledgement_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "automated_decisions" text;--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "transfers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "data_systems" ADD COLUMN "register_translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "recipient_notices" ADD CONSTRAINT "recipient_notices_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_notices" ADD CONSTRAINT "recipient_notices_system_id_data_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."data_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_notices" ADD CONSTRAINT "recipient_notices_acknowledged_by_staff_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recipient_notices_uq" ON "recipient_notices" USING btree ("request_id","system_id","recipient_name");--> statement-breakpoint
CREATE INDEX "recipient_notices_request_idx" ON "recipient_notices" USING btree ("request_id");