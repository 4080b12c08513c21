CREATE TABLE "mail_wording" (
	"template" text NOT NULL,
	"locale" text NOT NULL,
	"intro" text,
	"outro" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_wording_template_locale_pk" PRIMARY KEY("template","locale")
);
--> statement-breakpoint
ALTER TABLE "mail_wording" ADD CONSTRAINT "mail_wording_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;