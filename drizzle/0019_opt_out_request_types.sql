ALTER TYPE "public"."request_type" ADD VALUE 'opt_out_sale';--> statement-breakpoint
ALTER TYPE "public"."request_type" ADD VALUE 'limit_sensitive';