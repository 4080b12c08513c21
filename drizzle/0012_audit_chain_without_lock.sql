CREATE TABLE "audit_checkpoints" (
	"chain_seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"entries" bigint NOT NULL,
	"verified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_seq_idx" ON "audit_log" USING btree ("chain_seq");--> statement-breakpoint
CREATE INDEX "audit_log_unchained_idx" ON "audit_log" USING btree ("seq") WHERE "audit_log"."chain_seq" is null;--> statement-breakpoint
-- Entries are now inserted unchained and linked by the chainer (lib/audit/chain.ts): the one change the
-- append-only rule allows is setting chain_seq, prev_hash and hash once, from null, nothing else touched.
CREATE OR REPLACE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
     AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
     AND (OLD.prev_hash IS NULL OR OLD.prev_hash = NEW.prev_hash)
     AND (OLD.hash IS NULL OR OLD.hash = NEW.hash)
     AND (NEW.seq, NEW.at, NEW.actor_type, NEW.actor_id, NEW.action, NEW.request_id, NEW.payload::text)
         IS NOT DISTINCT FROM (OLD.seq, OLD.at, OLD.actor_type, OLD.actor_id, OLD.action, OLD.request_id, OLD.payload::text)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING HINT = 'audit entries are only ever inserted, then chained once (lib/audit)';
END;
$$;
--> statement-breakpoint
-- The entries chained under the old global lock keep their links; their chain position is their seq.
UPDATE "audit_log" SET "chain_seq" = "seq" WHERE "chain_seq" IS NULL AND "hash" IS NOT NULL;
