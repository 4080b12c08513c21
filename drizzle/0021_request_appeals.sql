CREATE TABLE "request_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"regime" text NOT NULL,
	"reason_enc" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decide_by" date NOT NULL,
	"refused_by" uuid,
	"decision" text,
	"decision_reason_enc" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid
);
--> statement-breakpoint
ALTER TABLE "request_appeals" ADD CONSTRAINT "request_appeals_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_appeals" ADD CONSTRAINT "request_appeals_refused_by_staff_users_id_fk" FOREIGN KEY ("refused_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_appeals" ADD CONSTRAINT "request_appeals_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "request_appeals_request_uq" ON "request_appeals" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_appeals_open_idx" ON "request_appeals" USING btree ("decide_by") WHERE "request_appeals"."decided_at" is null;