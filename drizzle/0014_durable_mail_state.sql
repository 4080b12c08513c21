ALTER TABLE "dev_mail_messages" ADD COLUMN "message_id" text;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "status" text DEFAULT 'sending' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "request_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "template" text;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "recipient_role" text DEFAULT 'staff' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "recipient_enc" text;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "requeues" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "last_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "given_up_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "dev_mail_message_id_idx" ON "dev_mail_messages" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "mail_deliveries_due_idx" ON "mail_deliveries" USING btree ("next_attempt_at") WHERE status in ('queued', 'failed');--> statement-breakpoint
CREATE INDEX "mail_deliveries_sending_idx" ON "mail_deliveries" USING btree ("claimed_at") WHERE status = 'sending';--> statement-breakpoint
CREATE INDEX "mail_deliveries_request_idx" ON "mail_deliveries" USING btree ("request_id","created_at");--> statement-breakpoint
-- Rows written before mail state lived here: an accepted one is sent, and it was created when claimed.
UPDATE "mail_deliveries" SET "status" = 'sent', "created_at" = "claimed_at" WHERE "accepted_at" IS NOT NULL;--> statement-breakpoint
UPDATE "mail_deliveries" SET "created_at" = "claimed_at" WHERE "accepted_at" IS NULL;
