ALTER TABLE "mail_deliveries" ADD COLUMN "priority" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "priority" integer;