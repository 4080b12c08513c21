import { sql } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { sweepDeadlines } from "@/lib/requests/watch/sweep-deadlines";
import { bootstrap } from "./lib/bootstrap";
import { fail, say } from "./lib/console";

/**
 * Benchmark of the deadline sweep: N open requests (default 1,000,000) of which K (default 1,000) are
 * due within a week or overdue. Prints the sweep's wall time and the query plan of its main branch.
 * Run it on a throwaway DATA_DIR: `DATA_DIR=/var/tmp/dsr-bench PORT=3900 npm run bench:sweep -- --open 1000000 --crossing 1000`.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const open = arg("open", 1_000_000);
  const crossing = arg("crossing", 1_000);
  const runtime = await bootstrap();
  try {
    await db().execute(
      sql`delete from request_clock_events; delete from reminders; delete from request_verifications; delete from outbox where relayed_at is null`,
    );
    const { rows } = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from requests where reference like 'BENCH-%'`,
    );
    if ((rows[0]?.n ?? 0) !== open) {
      say(`inserting ${open} open requests…`);
      const began = Date.now();
      await db().execute(sql`delete from requests where reference like 'BENCH-%'`);
      await db().execute(sql`
        insert into requests (reference, type, status, jurisdiction, regime, controller_country, controller_time_zone, channel, locale, email_enc, email_bidx, full_name_enc,
                              received_at, verified_at, first_due_date, due_date, assignee_id)
        select 'BENCH-' || g, (array['access','rectification','erasure','portability','restriction','objection'])[1 + g % 6]::request_type,
               'in_progress', 'FR', 'GDPR', 'FR', 'Europe/Paris', 'portal', 'en', 'v1.bench', md5(g::text), 'v1.bench',
               now() - interval '1 day', now() - interval '1 day',
               case when g <= ${crossing} then current_date + (g % 10) - 2 else current_date + 20 + (g % 9) end,
               case when g <= ${crossing} then current_date + (g % 10) - 2 else current_date + 20 + (g % 9) end,
               (select id from staff_users order by created_at limit 1)
        from generate_series(1, ${open}) g`);
      await db().execute(sql`analyze requests`);
      say(`inserted in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    }
    const timings: number[] = [];
    for (let i = 0; i < 3; i++) {
      await db().execute(sql`delete from outbox where relayed_at is null and job_name = 'watch.notify'`);
      const t = Date.now();
      const result = await sweepDeadlines();
      timings.push(Date.now() - t);
      say(`sweep ${i + 1}: ${result.candidates} candidates, ${result.queued.length} queued, ${timings[i]} ms`);
    }
    const plan = await db().execute<{ "QUERY PLAN": string }>(sql`explain (analyze, buffers) select id from requests
      where status in ('unverified','new','in_progress','awaiting_subject','in_review') and due_date <= current_date + 8 order by due_date, id limit 5000`);
    say("plan of the due-date branch:");
    for (const r of plan.rows) say(`  ${r["QUERY PLAN"]}`);
  } finally {
    await closeDb();
    await runtime.services.stop();
  }
}

main().catch((err: Error) => fail(err.message));
