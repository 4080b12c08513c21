ALTER TYPE "public"."request_channel" ADD VALUE 'agent';--> statement-breakpoint
CREATE TABLE "drp_agents" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"verify_key" text NOT NULL,
	"technical_contact" text NOT NULL,
	"web_url" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"rate_limit_per_minute" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "drp_callbacks" (
	"id" text PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"agent_id" text NOT NULL,
	"url" text NOT NULL,
	"body" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"last_status_code" integer,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drp_requests" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"agent_request_id" text,
	"exercise" text NOT NULL,
	"status_callback" text,
	"revoked_at" timestamp with time zone,
	"last_notified" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drp_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "drp_agents" ADD CONSTRAINT "drp_agents_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drp_callbacks" ADD CONSTRAINT "drp_callbacks_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drp_requests" ADD CONSTRAINT "drp_requests_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drp_requests" ADD CONSTRAINT "drp_requests_agent_id_drp_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."drp_agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drp_tokens" ADD CONSTRAINT "drp_tokens_agent_id_drp_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."drp_agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "drp_callbacks_request_idx" ON "drp_callbacks" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "drp_requests_agent_request_idx" ON "drp_requests" USING btree ("agent_id","agent_request_id") WHERE "drp_requests"."agent_request_id" is not null;