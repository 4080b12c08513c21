import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { closeDb, db, pool } from "@/lib/db/client";
import { countQueueByStatus, queuePageQuery, recountQueueByStatus, type QueueFilters } from "@/lib/db/queries/queue";
import { recountOpenKpis, recountWorkloadByAssignee } from "@/lib/db/queries/dashboard-recount";
import { loadDashboard } from "@/lib/reports/dashboard";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { appUrl } from "@/lib/env";
import { signedInStaff } from "./test-support/signed-in-cookie";
import { fail, say } from "./lib/console";
import { requireRunningInstance } from "./lib/attach-instance";
import { cpuNs, findWebPid } from "./lib/process-cpu";

/**
 * `npm run bench:queue -- [--requests 1000000] [--rounds 15]`: the staff screens' server time at
 * volume, against the bare SQL they run. Tops the table up to `--requests` with `npm run seed:volume`
 * (reused when already there), signs in over HTTP as a manager (next-auth credentials flow), then in
 * interleaved rounds fetches each page and, right after, runs its bare query on the same database
 * (the queue's own SELECT; for the request page and the dashboard, their data loaders in-process).
 * Prints per page: product median and p95 (ms, full body received), bare median, and the ratio
 * product/bare as min/median/max over the rounds; plus the Server-Timing phases of the last round,
 * the bytes of HTML, and what the old full scans (status counts, dashboard open figures) cost now.
 * When it finds the instance's web process (Linux, $DATA_DIR/run/children.json), also the CPU time that
 * process spent per page (median over the rounds, all its threads): on a shared machine wall time is
 * mostly waiting for a core, CPU time is what the page costs. Pages are fetched as a browser does
 * (gzip accepted), so compression counts.
 */
const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "1000000" },
    rounds: { type: "string", default: "15" },
  },
});

type Case = { label: string; path: string; bare: () => Promise<unknown> };

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? NaN;
}
function push(m: Map<string, number[]>, key: string, v: number) {
  (m.get(key) ?? m.set(key, []).get(key)!).push(v);
}
/** Bytes of the page's embedded React payload (the `self.__next_f.push(…)` scripts). */
function rscBytes(html: string): number {
  let n = 0;
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)) n += m[1]!.length;
  return n;
}
async function clock(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** The queue's own SELECT for `filters`, sent over the pool as the page sends it. */
function queueSql(filters: QueueFilters, viewerId: string, after?: { key: string; id: string }) {
  const q = queuePageQuery(db(), { filters, viewerId, now: new Date(), after }).toSQL();
  return () => pool().query(q.sql, q.params);
}

async function ensureVolume(target: number) {
  const { rows } = await db().execute<{ n: string }>(sql`select count(*)::text as n from requests`);
  const have = Number(rows[0]!.n);
  if (have >= target) return say(`reusing ${have.toLocaleString("en")} requests`);
  say(`seeding ${(target - have).toLocaleString("en")} requests (npm run seed:volume)…`);
  const run = spawnSync("npx", ["tsx", "scripts/seed-volume.ts", "--requests", String(target - have)], {
    stdio: "inherit",
    env: process.env,
  });
  if (run.status !== 0) fail("seed:volume failed");
}

async function main() {
  requireRunningInstance();
  const rounds = Number(values.rounds);
  await ensureVolume(Number(values.requests));
  const staff = await signedInStaff("manager", "Bench Manager");
  const session = { id: staff.id, email: staff.email, name: "Bench Manager", role: staff.role, locale: "en" as const };
  const { rows: holders } = await db().execute<{ id: string }>(
    sql`select assignee_id as id from requests where assignee_id is not null limit 1`,
  );
  const holder = holders[0]?.id ?? staff.id;
  // A cursor half-way through the open queue by due date (page ~4,000 of 50 rows at a million).
  const counts = await countQueueByStatus(db());
  const openTotal = counts.unverified + counts.new + counts.in_progress + counts.awaiting_subject + counts.in_review;
  const { rows: mid } = await db().execute<{ key: string; id: string }>(sql`
    select due_date::text as key, id::text as id from requests
    where status in ('unverified','new','in_progress','awaiting_subject','in_review')
    order by due_date, id offset ${Math.floor(openTotal / 2)} limit 1`);
  const cursor = mid[0]!;
  const after = Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
  const { rows: one } = await db().execute<{ id: string }>(
    sql`select id from requests where reference not like 'VOL-%' order by received_at desc limit 1`,
  );
  const requestId = one[0]?.id ?? cursor.id;

  const open: QueueFilters = { status: "open", sort: "due" };
  const cases: Case[] = [
    { label: "queue, first page", path: "/staff/requests", bare: queueSql(open, staff.id) },
    {
      label: "queue, keyset page (middle)",
      path: `/staff/requests?after=${after}`,
      bare: queueSql(open, staff.id, cursor),
    },
    {
      label: "filter status=new",
      path: "/staff/requests?status=new",
      bare: queueSql({ status: "new", sort: "due" }, staff.id),
    },
    {
      label: "filter type=erasure",
      path: "/staff/requests?type=erasure",
      bare: queueSql({ ...open, type: "erasure" }, staff.id),
    },
    {
      label: "filter overdue",
      path: "/staff/requests?due=overdue",
      bare: queueSql({ ...open, due: "overdue" }, staff.id),
    },
    {
      label: "filter due soon (7 d)",
      path: "/staff/requests?due=week",
      bare: queueSql({ ...open, due: "week" }, staff.id),
    },
    {
      label: "filter assignee",
      path: `/staff/requests?assignee=${holder}`,
      bare: queueSql({ ...open, assignee: holder }, staff.id),
    },
    {
      label: "filter unassigned",
      path: "/staff/requests?assignee=unassigned",
      bare: queueSql({ ...open, assignee: "unassigned" }, staff.id),
    },
    {
      label: "filter regime (US-CA)",
      path: "/staff/requests?jurisdiction=US-CA",
      bare: queueSql({ ...open, jurisdiction: "US-CA" }, staff.id),
    },
    { label: "request page", path: `/staff/requests/${requestId}`, bare: () => loadWorkspace(requestId, session) },
    { label: "dashboard", path: "/staff/dashboard", bare: () => loadDashboard() },
  ];

  const product = new Map<string, number[]>();
  const bare = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const timing = new Map<string, string>();
  const bytes = new Map<string, { html: number; rsc: number }>();
  // The instance's data directory: where DSR_RUNTIME_ENV ($DATA_DIR/run/env.json) points, else DATA_DIR.
  const runtimeEnv = process.env.DSR_RUNTIME_ENV;
  const webPid = findWebPid(
    runtimeEnv ? path.resolve(path.dirname(runtimeEnv), "..") : path.resolve(process.env.DATA_DIR ?? ".data"),
  );
  const fetchPage = async (c: Case) => {
    const before = webPid ? cpuNs(webPid) : 0;
    const res = await fetch(`${appUrl()}${c.path}`, {
      headers: { cookie: staff.cookie, "accept-encoding": "gzip" },
      redirect: "manual",
    });
    const body = await res.text();
    if (webPid) push(cpu, c.label, (cpuNs(webPid) - before) / 1e6);
    if (res.status !== 200) fail(`${c.path} answered ${res.status}`);
    timing.set(c.label, res.headers.get("server-timing") ?? "(none)");
    bytes.set(c.label, { html: Buffer.byteLength(body), rsc: rscBytes(body) });
  };
  say(
    `warming up, then ${rounds} interleaved rounds; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  for (const c of cases) {
    await fetchPage(c);
    await c.bare();
  }
  cpu.clear();
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      push(product, c.label, await clock(() => fetchPage(c)));
      push(bare, c.label, await clock(c.bare));
    }
  }
  say(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const pad = (s: string, n: number) => s.padEnd(n);
  say(webPid ? `web process ${webPid}: CPU ms per page measured` : "web process not found: no CPU figures");
  say(
    `${pad("page", 30)} ${pad("product med/p95 ms", 20)} ${pad("bare med ms", 12)} ${pad("ratio min/med/max", 19)} ${pad("CPU med/p95 ms", 16)} HTML (RSC)`,
  );
  for (const c of cases) {
    const p = product.get(c.label)!;
    const b = bare.get(c.label)!;
    const ratios = p.map((v, i) => v / b[i]!);
    const ms = cpu.get(c.label);
    const size = bytes.get(c.label)!;
    say(
      `${pad(c.label, 30)} ${pad(`${median(p).toFixed(1)} / ${quantile(p, 0.95).toFixed(1)}`, 20)} ${pad(median(b).toFixed(2), 12)} ` +
        `${pad(`${Math.min(...ratios).toFixed(1)} / ${median(ratios).toFixed(1)} / ${Math.max(...ratios).toFixed(1)}`, 19)} ` +
        `${pad(ms ? `${median(ms).toFixed(1)} / ${quantile(ms, 0.95).toFixed(1)}` : "-", 16)} ` +
        `${(size.html / 1024).toFixed(0)} kB (${(size.rsc / 1024).toFixed(0)} kB)`,
    );
  }
  say("Server-Timing of the last round:");
  for (const c of cases) say(`  ${pad(c.label, 30)} ${timing.get(c.label)}`);
  // What the pages used to run per view, for comparison: full scans of the table.
  say(
    `status counters ${(await clock(() => countQueueByStatus(db()))).toFixed(1)} ms vs the old count(*) scan ${(await clock(() => recountQueueByStatus(db()))).toFixed(0)} ms`,
  );
  const now = new Date();
  say(
    `dashboard open figures, old scans: kpis ${(await clock(() => recountOpenKpis(db(), { now }))).toFixed(0)} ms, workload ${(await clock(() => recountWorkloadByAssignee(db(), { now }))).toFixed(0)} ms`,
  );
}

main()
  .catch((err: Error) => fail(err.stack ?? err.message))
  .finally(() => closeDb());
