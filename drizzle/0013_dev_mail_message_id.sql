ALTER TABLE "dev_mail_messages" ADD COLUMN "message_id" text;--> statement-breakpoint
CREATE INDEX "dev_mail_message_id_idx" ON "dev_mail_messages" USING btree ("message_id");