import { sql } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { WATCH_BRANCHES, watchBranchQuery, type WatchWindow } from "@/lib/db/queries/watch";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { sweepDeadlines } from "@/lib/requests/watch/sweep-deadlines";
import { bootstrap } from "./lib/bootstrap";
import { fail, say } from "./lib/console";

/**
 * Benchmark of the deadline sweep: N open requests (default 1,000,000) of which K (default 1,000) are
 * due within a week or overdue (a tenth of those also unassigned for 3 days). Rounds alternate the
 * product's sweep and the bare SQL reading the same candidates (every branch, unpaged, and their
 * reminder keys), and print both medians and their ratio, then each branch's query plan.
 *
 * It deletes nothing but what it wrote: it refuses a database holding any request that is not one of
 * its own `BENCH-` rows, and between rounds removes only the outbox rows its own sweeps queued for them.
 * Run it on a throwaway DATA_DIR: `DATA_DIR=/var/tmp/dsr-bench PORT=3900 npm run bench:sweep -- --open 1000000 --crossing 1000`.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function refuseRealData() {
  const { rows } = await db().execute<{ real: boolean }>(
    sql`select exists (select 1 from requests where reference not like 'BENCH-%') as real`,
  );
  if (rows[0]?.real)
    throw new Error(
      "this database holds real requests: bench:sweep runs only on a database of its own (a throwaway DATA_DIR or DATABASE_URL)",
    );
}

async function ensureRows(open: number, crossing: number) {
  const { rows } = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from requests where reference like 'BENCH-%'`,
  );
  if ((rows[0]?.n ?? 0) === open) return;
  say(`inserting ${open} open requests…`);
  // The bench's own assignee (an account nobody can sign in to: its password hash is not a hash).
  await db().execute(sql`insert into staff_users (email, name, role, password_hash, active)
    values ('bench.assignee@bench.invalid', 'Bench Assignee', 'agent', '!', false) on conflict (email) do nothing`);
  const began = Date.now();
  // Only its own rows, and only on a database that holds nothing else (refuseRealData ran first).
  await db().execute(sql`delete from requests where reference like 'BENCH-%'`);
  await db().execute(sql`
    insert into requests (reference, type, status, jurisdiction, regime, controller_country, controller_time_zone, channel, locale, email_enc, email_bidx, full_name_enc,
                          received_at, verified_at, first_due_date, due_date, assignee_id)
    select 'BENCH-' || g, (array['access','rectification','erasure','portability','restriction','objection'])[1 + g % 6]::request_type,
           'in_progress', 'FR', 'GDPR', 'FR', 'Europe/Paris', 'portal', 'en', 'v1.bench', md5(g::text), 'v1.bench',
           now() - interval '3 days', now() - interval '3 days',
           case when g <= ${crossing} then current_date + (g % 10) - 2 else current_date + 20 + (g % 9) end,
           case when g <= ${crossing} then current_date + (g % 10) - 2 else current_date + 20 + (g % 9) end,
           case when g <= ${Math.floor(crossing / 10)} then null else (select id from staff_users where email = 'bench.assignee@bench.invalid') end
    from generate_series(1, ${open}) g`);
  await db().execute(sql`analyze requests`);
  say(`inserted in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

/**
 * The same work as the sweep, as plain SQL: each branch in one statement (the same candidate columns),
 * the reminder keys of the candidates, and one outbox row per candidate in one INSERT.
 */
async function bareSql(window: WatchWindow) {
  const ids = new Set<string>();
  for (const branch of WATCH_BRANCHES) {
    const { rows } = await db().execute<{ id: string }>(watchBranchQuery(branch, window, null, 10_000_000));
    for (const r of rows) ids.add(r.id);
  }
  const list = `{${[...ids].join(",")}}`;
  await db().execute(
    sql`select request_id, threshold, for_date from reminders where request_id = any(${list}::uuid[])`,
  );
  await db().execute(sql`insert into outbox (queue, job_name, payload)
    select 'watch', 'watch.notify', jsonb_build_object('requestId', id, 'threshold', 'overdue', 'forDate', due_date)
    from requests where id = any(${list}::uuid[])`);
  return ids.size;
}

async function dropQueuedSince(mark: number) {
  await db().execute(sql`delete from outbox o using requests r
    where o.id > ${mark} and o.job_name = 'watch.notify' and o.relayed_at is null
      and r.id = (o.payload->>'requestId')::uuid and r.reference like 'BENCH-%'`);
  // Its sweeps' queue marks too, or the next round would find every crossing already queued.
  await db().execute(sql`delete from reminder_queue q using requests r
    where r.id = q.request_id and r.reference like 'BENCH-%'`);
}

async function main() {
  const open = arg("open", 1_000_000);
  const crossing = arg("crossing", 1_000);
  const rounds = arg("rounds", 7);
  const runtime = await bootstrap();
  try {
    await refuseRealData();
    await ensureRows(open, crossing);
    const product: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const now = new Date();
      const window: WatchWindow = {
        horizon: addDays(localDateOf(now, "UTC"), 8),
        unassignedSince: new Date(now.getTime() - 30 * 86_400_000),
        unassignedBefore: new Date(now.getTime() - 2 * 86_400_000),
        ccpaSince: new Date(now.getTime() - 20 * 86_400_000),
      };
      const { rows } = await db().execute<{ mark: number }>(
        sql`select coalesce(max(id), 0)::bigint as mark from outbox`,
      );
      const mark = Number(rows[0]?.mark ?? 0);
      // Interleaved, each order in turn, so that cache warmth and the neighbours' load fall on both.
      const runs: [string, () => Promise<string>][] = [
        [
          "product",
          async () => {
            const r = await sweepDeadlines(now);
            return `${r.candidates} candidates, ${r.queued.length} queued`;
          },
        ],
        ["bare", async () => `${await bareSql(window)} candidates`],
      ];
      if (i % 2 === 1) runs.reverse();
      const line: string[] = [];
      for (const [name, run] of runs) {
        const t = performance.now();
        const what = await run();
        const ms = performance.now() - t;
        (name === "product" ? product : bare).push(ms);
        line.push(`${name} ${ms.toFixed(0)} ms (${what})`);
      }
      await dropQueuedSince(mark);
      say(`round ${i + 1}: ${line.join(", ")}`);
    }
    const p = median(product);
    const b = median(bare);
    say(
      `median sweep ${p.toFixed(0)} ms (max ${Math.max(...product).toFixed(0)} ms), bare SQL ${b.toFixed(0)} ms: product/bare = ${(p / b).toFixed(2)}, bare/product = ${((b / p) * 100).toFixed(0)} %`,
    );
    say(p < 1000 ? "target met: sweep under 1 s" : "target MISSED: sweep over 1 s");
    const now = new Date();
    const window: WatchWindow = {
      horizon: addDays(localDateOf(now, "UTC"), 8),
      unassignedSince: new Date(now.getTime() - 30 * 86_400_000),
      unassignedBefore: new Date(now.getTime() - 2 * 86_400_000),
      ccpaSince: new Date(now.getTime() - 20 * 86_400_000),
    };
    for (const branch of WATCH_BRANCHES) {
      const plan = await db().execute<{ "QUERY PLAN": string }>(
        sql`explain (analyze, buffers) ${watchBranchQuery(branch, window, null, 1000)}`,
      );
      say(`plan of the ${branch} branch (first page):`);
      for (const r of plan.rows) say(`  ${r["QUERY PLAN"]}`);
    }
  } finally {
    await closeDb();
    await runtime.services.stop();
  }
}

main().catch((err: Error) => fail(err.message.slice(0, 500)));
