import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Pool } from "pg";
import type { Database } from "@/lib/db/client";
import { idempotencyKeys, rateLimitHits } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import type { IdempotencyRequest } from "@/lib/http/idempotency";
import { onceBucket, rateLimitBucket, rateLimitWindow, type RateLimitRule } from "@/lib/rate-limit/consume";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

export type PreludeOutcome = { kind: "replay"; answer: unknown } | { kind: "go"; referenceNumber: number };

type Row = {
  prior: { bodyHash: string; response: unknown } | null;
  claimed: boolean | null;
  hits: number | null;
  n: string | null;
};

/**
 * The intake's first round trip, before a refusal of its body is answered (a flood of bad requests is
 * limited too: 429 before 400): the per-address hit, the earlier answer of the same Idempotency-Key, and
 * the reference number (none for a body already refused, `reference: false`).
 * A retry of one call counts once: the first attempt claims the call's bucket (`…:once:…`, hits −1)
 * and records its decision beside it (`…:d`, 1 allowed, 0 denied) in the same statement; an attempt
 * whose claim finds the bucket taken waits on that insert, then reads the decision (one more round trip,
 * only then). A denied call stays denied for its retries; a fresh key is a fresh hit. Throws 429/422.
 *
 * Its commit does not wait for the WAL flush (`synchronous_commit` off for this statement alone): every
 * intake from one address updates the same counter row, whose lock was held across that flush, so the
 * intakes of one address (or one proxy) queued one flush apart. Nothing accepted depends on it: the
 * statement that files the request commits synchronously later, which flushes the WAL up to and past this
 * commit; a crash can lose only hits (and reference numbers) of attempts that were never answered 202.
 */
export async function intakePrelude(
  database: Database,
  p: {
    rule?: RateLimitRule;
    ip?: string;
    idempotency?: IdempotencyRequest;
    now?: Date;
    /** false for a body already refused: the hit, the replay and the 429 as ever, no reference drawn (`go` with 0). */
    reference?: boolean;
  },
): Promise<PreludeOutcome> {
  const now = p.now ?? new Date();
  const rule = p.ip !== undefined ? p.rule : undefined;
  const idem = p.idempotency;
  const win = rule ? rateLimitWindow(rule, now) : null;
  const ws = win?.windowStart.toISOString();
  const once = rule && idem ? onceBucket(rule, p.ip!, idem.key) : null;
  const statement = preludeStatement(Boolean(rule), Boolean(idem), p.reference !== false);
  const values: Record<PreludeParam, unknown> = {
    scope: idem?.scope,
    keyHash: idem ? sha(idem.key) : null,
    once,
    decision: once ? `${once}:d` : null,
    bucket: rule ? rateLimitBucket(rule, p.ip!) : null,
    windowStart: ws,
    limit: rule?.limit,
  };
  const { rows } = await preparedClient(database).query<Row>({
    name: statement.name,
    text: statement.text,
    values: statement.params.map((k) => values[k] ?? null),
  });
  const row = rows[0]!;
  if (row.prior) return replay(row.prior, idem!);
  if (once && !row.claimed) {
    // Another attempt of this call (same key) claimed it: its statement committed before ours read on.
    const { rows: again } = await database.execute<{ prior: Row["prior"]; decision: number | null }>(sql`
      select (select json_build_object('bodyHash', body_hash, 'response', response) from ${idempotencyKeys}
          where scope = ${idem!.scope} and key_hash = ${sha(idem!.key)}) as prior,
        (select hits from ${rateLimitHits} where bucket = ${`${once}:d`} and window_start = ${ws}::timestamptz) as decision`);
    if (again[0]!.prior) return replay(again[0]!.prior, idem!);
    if (again[0]!.decision === 0) throw rateLimited(win!.retryAfterSeconds);
    return { kind: "go", referenceNumber: Number(row.n) };
  }
  if (row.n === null) throw rateLimited(win!.retryAfterSeconds);
  return { kind: "go", referenceNumber: Number(row.n) };
}

type PreludeParam = "scope" | "keyHash" | "once" | "decision" | "bucket" | "windowStart" | "limit";

type PreludeStatement = { name: string; text: string; params: PreludeParam[] };
const statements = new Map<string, PreludeStatement>();

/**
 * The prelude's text for one combination of a per-address rule, an Idempotency-Key and whether it draws a
 * reference: eight fixed texts, each run as a named prepared statement (parsed and planned once per
 * connection; no query built per call).
 */
function preludeStatement(rule: boolean, idem: boolean, draw: boolean): PreludeStatement {
  const id = `${rule}/${idem}/${draw}`;
  const known = statements.get(id);
  if (known) return known;
  const names: PreludeParam[] = [];
  const $ = (name: PreludeParam) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  };
  const once = rule && idem;
  const ctes: string[] = [];
  if (idem)
    ctes.push(`prior as (select body_hash, response from idempotency_keys
      where scope = ${$("scope")}::text and key_hash = ${$("keyHash")}::text)`);
  if (once)
    ctes.push(`claim as (insert into rate_limit_hits (bucket, window_start, hits)
      select ${$("once")}::text, ${$("windowStart")}::timestamptz, -1 where not exists (select 1 from prior)
      on conflict do nothing returning 1 as one)`);
  if (rule) {
    const source = once ? "from claim" : idem ? "where not exists (select 1 from prior)" : "";
    ctes.push(`rl as (insert into rate_limit_hits (bucket, window_start, hits)
      select ${$("bucket")}::text, ${$("windowStart")}::timestamptz, 1 ${source}
      on conflict (bucket, window_start) do update set hits = rate_limit_hits.hits + 1 returning hits)`);
  }
  if (once)
    ctes.push(`decision as (insert into rate_limit_hits (bucket, window_start, hits)
      select ${$("decision")}::text, ${$("windowStart")}::timestamptz,
        case when hits <= ${$("limit")}::int then 1 else 0 end from rl
      on conflict do nothing)`);
  const noPrior = idem ? "not exists (select 1 from prior)" : "true";
  const withinLimit = rule ? `coalesce((select hits from rl), 0) <= ${$("limit")}::int` : "true";
  const text = `${ctes.length ? `with ${ctes.join(", ")}` : ""}
    select ${idem ? "(select json_build_object('bodyHash', body_hash, 'response', response) from prior)" : "null::json"} as prior,
      ${once ? "exists (select 1 from claim)" : "null::boolean"} as claimed,
      ${rule ? "(select hits from rl)" : "null::int"} as hits,
      case when ${noPrior} and ${withinLimit} then ${draw ? "nextval('request_reference_seq')" : "0"} end as n,
      set_config('synchronous_commit', 'off', true) as async_commit`;
  const statement = { name: `dsr_prelude_${sha(text).slice(0, 12)}`, text, params: names };
  statements.set(id, statement);
  return statement;
}

/** The pool drizzle was made with (drizzle() sets $client; the Database type leaves it out). */
const preparedClient = (database: Database) => (database as Database & { $client: Pool }).$client;

function replay(prior: NonNullable<Row["prior"]>, idem: IdempotencyRequest): PreludeOutcome {
  if (prior.bodyHash !== sha(idem.rawBody))
    throw new DomainError("idempotency_mismatch", "This Idempotency-Key was already used with a different body.", {
      "Idempotency-Key": "reused with a different body",
    });
  return { kind: "replay", answer: prior.response };
}

/** The 429 an intake over its address's limit gets (single and grouped preludes alike). */
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(
    "rate_limited",
    "Too many requests from your network. Please try again later.",
    undefined,
    retryAfterSeconds,
  );
