CREATE TABLE "reminder_queue" (
	"request_id" uuid NOT NULL,
	"threshold" text NOT NULL,
	"for_date" date NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_queue_pkey" PRIMARY KEY("request_id","threshold","for_date")
);
--> statement-breakpoint
CREATE INDEX "reminder_queue_queued_at_idx" ON "reminder_queue" USING btree ("queued_at");