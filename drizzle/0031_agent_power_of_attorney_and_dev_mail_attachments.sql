ALTER TABLE "dev_mail_messages" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "request_agents" ADD COLUMN "permission_kind" text DEFAULT 'signed_permission' NOT NULL;