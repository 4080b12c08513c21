import { createHash } from "node:crypto";
import type { Pool } from "pg";
import type { Database } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { env } from "@/lib/env";
import { rateLimitBucket, rateLimitWindow, type RateLimitRule } from "@/lib/rate-limit/consume";
import { groupedRunner, type Waiting as GroupWaiting } from "./grouped-runner";
import { intakePrelude, rateLimited, type PreludeOutcome } from "./intake-prelude";

type Item = { rule?: RateLimitRule; ip?: string; now: Date };
type Waiting = GroupWaiting<Item, PreludeOutcome>;

/**
 * The preludes of several intakes without an Idempotency-Key in ONE statement (one round trip, one
 * commit): each address's counter row is raised once by the number of its intakes in the group, and
 * each intake is judged as if they had come one after another in the group's order — its own count is
 * the row's count before the group plus its rank among that address's intakes — so the answers are
 * those the single prelude gives them in that order (the first within the limit get a reference, the
 * rest 429). Counter rows are locked in (bucket, window) order. Asynchronous commit, as the single one.
 */
export const PRELUDE_BATCH = `with inp as (
    select * from unnest($1::text[], $2::timestamptz[], $3::int[]) with ordinality as i(bucket, ws, lim, ord)),
  agg as (select bucket, ws, count(*)::int as n from inp where bucket is not null group by bucket, ws),
  rl as (insert into rate_limit_hits (bucket, window_start, hits)
    select bucket, ws, n from agg order by bucket, ws
    on conflict (bucket, window_start) do update set hits = rate_limit_hits.hits + excluded.hits
    returning bucket, window_start, hits),
  ranked as (select i.ord, i.bucket, i.lim,
      rl.hits - agg.n + row_number() over (partition by i.bucket, i.ws order by i.ord) as hits
    from inp i left join agg on agg.bucket = i.bucket and agg.ws = i.ws
    left join rl on rl.bucket = i.bucket and rl.window_start = i.ws)
select ord::int as ord, case when bucket is null or hits <= lim then nextval('request_reference_seq') end as n,
  set_config('synchronous_commit', 'off', true) as async_commit
from ranked order by ord`;
const PRELUDE_BATCH_NAME = `dsr_prelude_batch_${createHash("sha256").update(PRELUDE_BATCH).digest("hex").slice(0, 12)}`;

/** Each intake's judgement: its reference number, or refused (429) with its window's Retry-After. */
export type Judged = { referenceNumber: number } | { retryAfterSeconds: number };

/** The preludes of these intakes, in order, in one statement. */
export async function preludeMany(database: Database, items: Item[]): Promise<Judged[]> {
  const parts = items.map((it) => {
    const rule = it.ip !== undefined ? it.rule : undefined;
    const win = rule ? rateLimitWindow(rule, it.now) : null;
    return { rule, win, bucket: rule ? rateLimitBucket(rule, it.ip!) : null };
  });
  const client = (database as Database & { $client: Pool }).$client;
  const { rows } = await client.query<{ ord: number; n: string | null }>({
    name: PRELUDE_BATCH_NAME,
    text: PRELUDE_BATCH,
    values: [
      parts.map((p) => p.bucket),
      parts.map((p) => p.win?.windowStart.toISOString() ?? null),
      parts.map((p) => p.rule?.limit ?? null),
    ],
  });
  return rows.map((row) =>
    row.n !== null
      ? { referenceNumber: Number(row.n) }
      : { retryAfterSeconds: parts[row.ord - 1]!.win!.retryAfterSeconds },
  );
}

/**
 * The prelude of an intake without an Idempotency-Key, grouped like the filing statement
 * (intake-batch.ts): while fewer than INTAKE_BATCH_CONCURRENCY preludes are under way it runs at once,
 * alone (the single prelude, unchanged); otherwise it waits and goes with the others that arrived
 * meanwhile (up to INTAKE_BATCH_MAX) in one statement. PostgreSQL out of reach fails the group (503
 * each); any other failure of the group's statement runs each prelude on its own.
 */
export function preludeGrouped(database: Database, item: Omit<Item, "now">): Promise<PreludeOutcome> {
  const one = { ...item, now: new Date() };
  if (env().INTAKE_BATCH_CONCURRENCY === 0) return intakePrelude(database, one);
  return preludeRunner(database, one);
}

const preludeRunner = groupedRunner<Database, Item, PreludeOutcome>(
  (database, group) => runGroup(database, group),
  () => ({ concurrency: env().INTAKE_BATCH_CONCURRENCY, max: env().INTAKE_BATCH_MAX }),
);

async function runGroup(database: Database, group: Waiting[]): Promise<void> {
  const single = (w: Waiting) => intakePrelude(database, w.item).then(w.resolve, w.reject);
  if (group.length === 1) return single(group[0]!);
  let judged: Judged[];
  try {
    judged = await preludeMany(
      database,
      group.map((w) => w.item),
    );
  } catch (error) {
    if (isDatabaseUnavailable(error)) return group.forEach((w) => w.reject(error));
    await Promise.all(group.map(single));
    return;
  }
  group.forEach((w, i) => {
    const j = judged[i]!;
    if ("referenceNumber" in j) w.resolve({ kind: "go", referenceNumber: j.referenceNumber });
    else w.reject(rateLimited(j.retryAfterSeconds));
  });
}
