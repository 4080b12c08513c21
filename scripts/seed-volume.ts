import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { decrypt, emailIndex, encrypt } from "@/lib/crypto/env-keys";
import { closeDb, db, pool } from "@/lib/db/client";
import { countQueueByStatus, queuePageQuery, type QueueFilters } from "@/lib/db/queries/queue";
import { fail, say } from "./lib/console";
import { requireRunningInstance } from "./lib/attach-instance";

/**
 * `npm run seed:volume -- --requests 1000000 [--batch 20000] [--measure-only | --repair | --remove]`: synthetic requests
 * for measuring the staff queue at scale, generated inside PostgreSQL. Each row's
 * e-mail (`<reference>@example.invalid`) and name are sealed in Node under the row's own id, as the
 * accessors seal them (lib/requests/subject-fields.ts), with the real blind index: the key-rotation job
 * can re-encrypt and re-index them (an earlier version sealed one fixed value under another context,
 * and `keys.rotate` failed on every run; `--repair` re-seals such rows). Then EXPLAIN ANALYZE of the
 * queue's own query.
 * Attaches to a running instance (DATABASE_URL, or $DATA_DIR/run/env.json). The workers treat the
 * rows as real (deadline alerts to staff, sweeps): measure, then `--remove` deletes them again.
 */
const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "1000000" },
    batch: { type: "string", default: "20000" },
    "measure-only": { type: "boolean", default: false },
    remove: { type: "boolean", default: false },
    repair: { type: "boolean", default: false },
  },
});

async function seed(total: number, batch: number) {
  const tag = Date.now().toString(36).toUpperCase();
  const staff = await db().execute<{ id: string }>(
    sql`select id from staff_users where role in ('admin','dpo','agent') and active`,
  );
  // A Postgres array literal: drizzle would expand a JS array into a row of parameters.
  const staffIds = `{${staff.rows.map((r) => r.id).join(",")}}`;
  const started = Date.now();
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    const sealed = sealRows(
      Array.from({ length: to - from + 1 }, (_, i) => `VOL-${tag}-${String(from + i).padStart(8, "0")}`),
    );
    // Postgres array literals (tokens and hex are safe unquoted), unnested side by side: row g = from + n - 1.
    const arr = (values: string[]) => `{${values.join(",")}}`;
    // Spread: 1.5 years of receipts, due 30 days after receipt, ~60% closed, ~30% unassigned.
    await db().execute(sql`
      insert into requests (id, reference, type, status, jurisdiction, regime, controller_country, controller_time_zone, channel, locale, email_enc, email_bidx, full_name_enc,
                            received_at, first_due_date, due_date, assignee_id, version, created_at, updated_at)
      select s.id,
             ${`VOL-${tag}-`} || lpad(g::text, 8, '0'),
             (array['access','rectification','erasure','portability','restriction','objection'])[1 + (g % 6)]::request_type,
             (case when r < 0.05 then 'unverified' when r < 0.15 then 'new' when r < 0.30 then 'in_progress' when r < 0.35 then 'awaiting_subject'
                   when r < 0.40 then 'in_review' when r < 0.85 then 'completed' when r < 0.95 then 'rejected' else 'withdrawn' end)::request_status,
             j.code, j.regime, 'FR', 'Europe/Paris',
             (array['portal','portal','portal','email','phone','letter','api'])[1 + (g % 7)]::request_channel,
             case when g % 3 = 0 then 'en' else 'fr' end,
             s.email_enc, s.email_bidx, s.name_enc,
             rec, (rec + interval '30 days')::date, (rec + interval '30 days')::date,
             case when cardinality(${staffIds}::uuid[]) = 0 or g % 10 < 3 then null else (${staffIds}::uuid[])[1 + (g % greatest(cardinality(${staffIds}::uuid[]), 1))] end,
             1, now(), now()
      from (select u.id, u.email_enc, u.email_bidx, u.name_enc, ${from}::int + u.n::int - 1 as g, random() as r,
                   now() - (random() * interval '540 days') + interval '20 days' as rec
            from unnest(${arr(sealed.ids)}::uuid[], ${arr(sealed.emailEnc)}::text[], ${arr(sealed.emailBidx)}::text[],
                        ${arr(sealed.nameEnc)}::text[]) with ordinality as u(id, email_enc, email_bidx, name_enc, n)) s
      cross join lateral (select (array['FR','DE','GB','US-CA','IE','ES'])[1 + ((s.g / 7) % 6)] as code) jc
      cross join lateral (select jc.code, case jc.code when 'GB' then 'UK_GDPR' when 'US-CA' then 'CCPA' else 'GDPR' end as regime) j`);
    say(
      `inserted ${to.toLocaleString("en")} / ${total.toLocaleString("en")} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  // Vacuum sets the visibility map, so counts and filters can use index-only scans at once.
  await db().execute(sql`vacuum analyze requests`);
}

/** Ids and sealed subject columns for synthetic rows, each sealed under its own id (as subject-fields.ts does). */
function sealRows(references: string[], ids: string[] = references.map(() => randomUUID())) {
  const emails = references.map((r) => `${r.toLowerCase()}@example.invalid`);
  return {
    ids,
    emailEnc: emails.map((e, i) => encrypt(e, `requests.email:${ids[i]}`)),
    emailBidx: emails.map((e) => emailIndex(e)),
    nameEnc: references.map((r, i) => encrypt(`Volume ${r}`, `requests.full_name:${ids[i]}`)),
  };
}

/** Whether a synthetic row already opens under its own id (re-sealed before: a resumed repair skips it). */
function opens(row: { id: string; email_enc: string }): boolean {
  try {
    decrypt(row.email_enc, `requests.email:${row.id}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Re-seals synthetic rows written by the earlier seeder (one ciphertext under a foreign context), in
 * batches committed one by one; rows that already open are left alone, so an interrupted run resumes.
 * Each re-sealed row is a new row version in every index of requests (≈ 40 s per 20,000 rows on a
 * loaded 2-core machine).
 */
async function repairSynthetic(batch: number) {
  let after = "00000000-0000-0000-0000-000000000000";
  let done = 0;
  let seen = 0;
  for (;;) {
    const { rows } = await db().execute<{ id: string; reference: string; email_enc: string }>(
      sql`select id::text as id, reference, email_enc from requests where reference like 'VOL-%' and id > ${after}::uuid order by id limit ${batch}`,
    );
    if (rows.length === 0) break;
    seen += rows.length;
    after = rows[rows.length - 1]!.id;
    const stale = rows.filter((r) => !opens(r));
    if (stale.length === 0) continue;
    const s = sealRows(
      stale.map((r) => r.reference),
      stale.map((r) => r.id),
    );
    const arr = (values: string[]) => `{${values.join(",")}}`;
    await db().execute(sql`
      update requests set email_enc = u.e, email_bidx = u.b, full_name_enc = u.n
      from unnest(${arr(s.ids)}::uuid[], ${arr(s.emailEnc)}::text[], ${arr(s.emailBidx)}::text[], ${arr(s.nameEnc)}::text[]) as u(id, e, b, n)
      where requests.id = u.id`);
    done += stale.length;
    say(`re-sealed ${done.toLocaleString("en")} of ${seen.toLocaleString("en")} synthetic requests read`);
  }
  say(`done: ${done.toLocaleString("en")} re-sealed, ${(seen - done).toLocaleString("en")} already sound`);
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
    if (values.repair) return await repairSynthetic(Math.min(batch, 20_000));
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
