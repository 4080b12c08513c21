CREATE TABLE "collected_batches" (
	"task_id" uuid NOT NULL,
	"set_index" integer NOT NULL,
	"seq" integer NOT NULL,
	"first_row" integer NOT NULL,
	"rows" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "collected_batches_task_id_set_index_seq_pk" PRIMARY KEY("task_id","set_index","seq")
);
--> statement-breakpoint
CREATE TABLE "collected_sets" (
	"task_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"set_index" integer NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"provided_by_subject" boolean DEFAULT false NOT NULL,
	"columns" jsonb NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"key_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collected_sets_task_id_set_index_pk" PRIMARY KEY("task_id","set_index")
);
--> statement-breakpoint
CREATE TABLE "export_chunks" (
	"export_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "export_chunks_export_id_seq_pk" PRIMARY KEY("export_id","seq")
);
--> statement-breakpoint
ALTER TABLE "collected_batches" ADD CONSTRAINT "collected_batches_task_id_request_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."request_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collected_sets" ADD CONSTRAINT "collected_sets_task_id_request_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."request_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collected_sets" ADD CONSTRAINT "collected_sets_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collected_sets_request_idx" ON "collected_sets" USING btree ("request_id");