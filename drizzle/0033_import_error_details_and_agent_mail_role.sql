ALTER TABLE "request_imports" ADD COLUMN "error_detail" jsonb;--> statement-breakpoint
ALTER TABLE "request_imports" ADD COLUMN "error_row" integer;--> statement-breakpoint
-- ==== custom SQL (keep at the end when regenerating) ====
-- Mails to an authorised agent (template agent_notice) were filed as sent to the subject: name the real recipient.
UPDATE "mail_deliveries" SET "recipient_role" = 'agent' WHERE "template" = 'agent_notice' AND "recipient_role" = 'subject';
