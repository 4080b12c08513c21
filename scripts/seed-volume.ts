import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { encrypt } from "@/lib/crypto/env-keys";
import { closeDb, db, pool } from "@/lib/db/client";
import { countQueueByStatus, queuePageQuery, type QueueFilters } from "@/lib/db/queries/queue";
import { fail, say } from "./lib/console";
import { requireRunningInstance } from "./lib/attach-instance";

/**
 * `npm run seed:volume -- --requests 1000000 [--batch 100000] [--measure-only]`: synthetic requests
 * for measuring the staff queue at scale, generated inside PostgreSQL with generate_series. Subject
 * columns hold one fixed ciphertext (it does not decrypt under the row's own id: the queue shows
 * "(unreadable)"); blind indexes are random. Then EXPLAIN ANALYZE of the queue's own query.
 * Attaches to a running instance (DATABASE_URL, or $DATA_DIR/run/env.json). The workers treat the
 * rows as real (deadline alerts to staff, sweeps): measure, then `--remove` deletes them again.
 */
const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "1000000" },
    batch: { type: "string", default: "100000" },
    "measure-only": { type: "boolean", default: false },
    remove: { type: "boolean", default: false },
  },
});

async function seed(total: number, batch: number) {
  const tag = Date.now().toString(36).toUpperCase();
  const fixed = encrypt("volume@example.invalid", "seed-volume");
  const staff = await db().execute<{ id: string }>(
    sql`select id from staff_users where role in ('admin','dpo','agent') and active`,
  );
  // A Postgres array literal: drizzle would expand a JS array into a row of parameters.
  const staffIds = `{${staff.rows.map((r) => r.id).join(",")}}`;
  const started = Date.now();
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    // Spread: 1.5 years of receipts, due 30 days after receipt, ~60% closed, ~30% unassigned.
    await db().execute(sql`
      insert into requests (id, reference, type, status, jurisdiction, regime, controller_country, controller_time_zone, channel, locale, email_enc, email_bidx, full_name_enc,
                            received_at, first_due_date, due_date, assignee_id, version, created_at, updated_at)
      select gen_random_uuid(),
             ${`VOL-${tag}-`} || lpad(g::text, 8, '0'),
             (array['access','rectification','erasure','portability','restriction','objection'])[1 + (g % 6)]::request_type,
             (case when r < 0.05 then 'unverified' when r < 0.15 then 'new' when r < 0.30 then 'in_progress' when r < 0.35 then 'awaiting_subject'
                   when r < 0.40 then 'in_review' when r < 0.85 then 'completed' when r < 0.95 then 'rejected' else 'withdrawn' end)::request_status,
             j.code, j.regime, 'FR', 'Europe/Paris',
             (array['portal','portal','portal','email','phone','letter','api'])[1 + (g % 7)]::request_channel,
             case when g % 3 = 0 then 'en' else 'fr' end,
             ${fixed}, md5(random()::text) || md5(random()::text), ${fixed},
             rec, (rec + interval '30 days')::date, (rec + interval '30 days')::date,
             case when cardinality(${staffIds}::uuid[]) = 0 or g % 10 < 3 then null else (${staffIds}::uuid[])[1 + (g % greatest(cardinality(${staffIds}::uuid[]), 1))] end,
             1, now(), now()
      from (select g, random() as r, now() - (random() * interval '540 days') + interval '20 days' as rec
            from generate_series(${from}::int, ${to}::int) g) s
      cross join lateral (select (array['FR','DE','GB','US-CA','IE','ES'])[1 + ((s.g / 7) % 6)] as code) jc
      cross join lateral (select jc.code, case jc.code when 'GB' then 'UK_GDPR' when 'US-CA' then 'CCPA' else 'GDPR' end as regime) j`);
    say(
      `inserted ${to.toLocaleString("en")} / ${total.toLocaleString("en")} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  // Vacuum sets the visibility map, so counts and filters can use index-only scans at once.
  await db().execute(sql`vacuum analyze requests`);
}

async function removeSynthetic() {
  for (const table of ["reminders", "request_clock_events", "request_tasks", "staff_notifications"]) {
    await db().execute(
      sql`delete from ${sql.identifier(table)} where request_id in (select id from requests where reference like 'VOL-%')`,
    );
  }
  const { rowCount } = await db().execute(sql`delete from requests where reference like 'VOL-%'`);
  say(`removed ${(rowCount ?? 0).toLocaleString("en")} synthetic requests`);
}

async function explain(label: string, filters: QueueFilters, deep: boolean) {
  const now = new Date();
  let after = null;
  if (deep) {
    // A cursor half-way through the ordering: what page ~10,000 of 50 rows would start from.
    const { rows } = await db().execute<{ key: string; id: string }>(
      filters.sort === "due"
        ? sql`select due_date::text as key, id::text as id from requests where status in ('unverified','new','in_progress','awaiting_subject','in_review') order by due_date, id offset (select count(*) / 2 from requests where status in ('unverified','new','in_progress','awaiting_subject','in_review')) limit 1`
        : sql`select to_char(received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key, id::text as id from requests order by received_at desc, id desc offset (select count(*) / 2 from requests) limit 1`,
    );
    after = rows[0] ?? null;
  }
  const q = queuePageQuery(db(), { filters, viewerId: "00000000-0000-0000-0000-000000000000", now, after }).toSQL();
  const client = await pool().connect();
  try {
    await client.query(q.sql, q.params); // warm the cache: the figure is the steady-state cost
    const res = await client.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${q.sql}`, q.params);
    const plan = res.rows.map((r) => r["QUERY PLAN"]);
    const exec = plan.find((l) => l.startsWith("Execution Time"));
    const index = plan.find((l) => /Index|Seq Scan/.test(l))?.trim();
    say(`${label}: ${exec} — ${index}`);
  } finally {
    client.release();
  }
}

async function main() {
  requireRunningInstance();
  const total = Number(values.requests);
  const batch = Number(values.batch);
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(batch) || batch < 1)
    throw new Error("--requests and --batch must be positive integers");
  try {
    if (values.remove) return await removeSynthetic();
    if (!values["measure-only"]) await seed(total, batch);
    const { rows } = await db().execute<{ n: string }>(sql`select count(*)::text as n from requests`);
    say(`requests in the table: ${Number(rows[0]!.n).toLocaleString("en")}`);
    await explain("first page, open, by due date", { status: "open", sort: "due" }, false);
    await explain("deep page (middle), open, by due date", { status: "open", sort: "due" }, true);
    await explain("first page, all, by received", { status: "all", sort: "received" }, false);
    await explain("deep page (middle), all, by received", { status: "all", sort: "received" }, true);
    await explain("first page, overdue", { status: "open", due: "overdue", sort: "due" }, false);
    await explain(
      "first page, type=erasure + GB",
      { status: "open", type: "erasure", jurisdiction: "GB", sort: "due" },
      false,
    );
    await explain("first page, channel=letter", { status: "open", channel: "letter", sort: "due" }, false);
    await explain("first page, status=awaiting_subject", { status: "awaiting_subject", sort: "due" }, false);
    await explain("first page, unassigned", { status: "open", assignee: "unassigned", sort: "due" }, false);
    const t = Date.now();
    await countQueueByStatus(db());
    say(`counts per status: ${Date.now() - t} ms`);
  } finally {
    await closeDb();
  }
}

main().catch((err: Error) => fail(err.message));
