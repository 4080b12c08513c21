ALTER TYPE "public"."request_type" ADD VALUE 'opt_out_sale';--> statement-breakpoint
ALTER TYPE "public"."request_type" ADD VALUE 'limit_sensitive';--> statement-breakpoint
CREATE TABLE "request_agents" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"agent_name_enc" text NOT NULL,
	"agent_email_enc" text NOT NULL,
	"agent_organisation_enc" text,
	"permission_type" text NOT NULL,
	"permission_bytes" integer NOT NULL,
	"permission_sha256" text NOT NULL,
	"permission_enc" text NOT NULL,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"review_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_agents" ADD CONSTRAINT "request_agents_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_agents" ADD CONSTRAINT "request_agents_reviewed_by_staff_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;