ALTER TABLE "requests" ADD COLUMN "controller_country" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "controller_time_zone" text;