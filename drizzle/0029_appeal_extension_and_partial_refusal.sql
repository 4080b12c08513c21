ALTER TABLE "requests" ADD COLUMN "partial_refusal" text;--> statement-breakpoint
ALTER TABLE "request_appeals" ADD COLUMN "extended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_appeals" ADD COLUMN "extended_by" uuid;--> statement-breakpoint
ALTER TABLE "request_appeals" ADD COLUMN "extension_reason_enc" text;--> statement-breakpoint
ALTER TABLE "request_appeals" ADD CONSTRAINT "request_appeals_extended_by_staff_users_id_fk" FOREIGN KEY ("extended_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;