import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { closeDb, db, pool } from "@/lib/db/client";
import { countQueueByStatus, queuePageQuery, recountQueueByStatus, type QueueFilters } from "@/lib/db/queries/queue";
import { statementName } from "@/lib/db/queries/queue-page";
import { recountOpenKpis, recountWorkloadByAssignee } from "@/lib/db/queries/dashboard-recount";
import { loadDashboard } from "@/lib/reports/dashboard";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { appUrl } from "@/lib/env";
import { signedInStaff } from "./test-support/signed-in-cookie";
import { fail, say } from "./lib/console";
import { requireRunningInstance } from "./lib/attach-instance";
import { cpuNs, findWebPid } from "./lib/process-cpu";
import { BenchClient, bodyText, type Served } from "./lib/bench-http";
import { queueCases } from "./lib/queue-bench-cases";

/**
 * `npm run bench:queue -- [--requests 1000000] [--rounds 15]`: the staff screens' server time at
 * volume, against the bare SQL they run. Tops the table up to `--requests` with `npm run seed:volume`
 * (reused when already there), signs in over HTTP as a manager (next-auth credentials flow), then in
 * interleaved rounds fetches each page and, right after, runs its bare query on the same database.
 *
 * What each column is:
 * - **client**: the bench's own wall time per page, request written → last byte received, over one
 *   keep-alive connection with a lean node:http client (gzip accepted as a browser does, the body not
 *   decoded inside the timed span). It includes the loopback hop and this process's own scheduling on
 *   the same 2-core machine.
 * - **server**: the web server's own time per page, the request's arrival (its head parsed) → last byte
 *   of the response written (scripts/lib/served-time.ts, read back from the next response's
 *   `x-served-previous` header): session, statement, HTML, gzip and the socket write — the issue's
 *   "server time".
 * - **bare**: the page's bare query run from this process as the product runs it: for the queue, its own
 *   SELECT (`queuePageQuery`, the rows only — no member, counters, staff, views or bell), sent as a named
 *   prepared statement over the pool like the page's statement; for the request page and the dashboard,
 *   their data loaders in-process. Wall time of the round trip, result decoded by pg.
 * - **ratio client / server**: client ÷ bare and server ÷ bare, per round (min/median/max).
 * - **CPU**: the web process's CPU time per page (all threads, /proc), median/p95 over the rounds: on a
 *   shared machine wall time is mostly waiting for a core, CPU time is what the page costs.
 * Plus the Server-Timing phases of the last round, the bytes of HTML, and what the old full scans
 * (status counts, dashboard open figures) cost now.
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

/** The queue's own SELECT for `filters`, a named prepared statement over the pool as the page sends its own. */
function queueSql(filters: QueueFilters, viewerId: string, after?: { key: string; id: string }) {
  const q = queuePageQuery(db(), { filters, viewerId, now: new Date(), after }).toSQL();
  return () => pool().query({ name: statementName(q.sql, "dsr_bare_"), text: q.sql, values: q.params });
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
  const queue = await queueCases(db(), staff.id);
  const { rows: one } = await db().execute<{ id: string }>(
    sql`select id from requests where reference not like 'VOL-%' order by received_at desc limit 1`,
  );
  const requestId = one[0]?.id ?? queue[1]!.after!.id;
  const cases: Case[] = [
    ...queue.map((c) => ({ label: c.label, path: c.path, bare: queueSql(c.filters, staff.id, c.after) })),
    { label: "request page", path: `/staff/requests/${requestId}`, bare: () => loadWorkspace(requestId, session) },
    { label: "dashboard", path: "/staff/dashboard", bare: () => loadDashboard() },
  ];

  const client = new Map<string, number[]>();
  const server = new Map<string, Promise<Served | null>[]>();
  const bare = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const timing = new Map<string, string>();
  const bytes = new Map<string, { html: number; gzip: number; rsc: number }>();
  // The instance's data directory: where DSR_RUNTIME_ENV ($DATA_DIR/run/env.json) points, else DATA_DIR.
  const runtimeEnv = process.env.DSR_RUNTIME_ENV;
  const webPid = findWebPid(
    runtimeEnv ? path.resolve(path.dirname(runtimeEnv), "..") : path.resolve(process.env.DATA_DIR ?? ".data"),
  );
  const http = new BenchClient(appUrl(), { cookie: staff.cookie });
  const fetchPage = async (c: Case, measured: boolean) => {
    const before = webPid ? cpuNs(webPid) : 0;
    const res = await http.get(c.path);
    const spent = webPid ? (cpuNs(webPid) - before) / 1e6 : NaN;
    if (res.status !== 200) fail(`${c.path} answered ${res.status}`);
    if (!measured) return;
    push(client, c.label, res.wall);
    (server.get(c.label) ?? server.set(c.label, []).get(c.label)!).push(res.served);
    if (webPid) push(cpu, c.label, spent);
    timing.set(c.label, String(res.headers["server-timing"] ?? "(none)"));
    const html = bodyText(res);
    bytes.set(c.label, { html: Buffer.byteLength(html), gzip: res.raw.length, rsc: rscBytes(html) });
  };
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  say(`warming up, then ${rounds} interleaved rounds; load average ${load()}`);
  for (const c of cases) {
    await fetchPage(c, false);
    await c.bare();
  }
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      await fetchPage(c, true);
      push(bare, c.label, await clock(c.bare));
    }
  }
  await http.flush(cases[0]!.path);
  http.close();
  say(`load average after: ${load()}`);
  const pad = (s: string, n: number) => s.padEnd(n);
  const mp = (xs: number[], d = 1) => `${median(xs).toFixed(d)} / ${quantile(xs, 0.95).toFixed(d)}`;
  const ratio = (xs: number[]) =>
    `${Math.min(...xs).toFixed(1)}/${median(xs).toFixed(1)}/${Math.max(...xs).toFixed(1)}`;
  say(webPid ? `web process ${webPid}: CPU ms per page measured` : "web process not found: no CPU figures");
  say(
    `${pad("page", 28)} ${pad("client med/p95", 15)} ${pad("server med/p95", 15)} ${pad("bare med", 9)} ` +
      `${pad("ratio client", 14)} ${pad("ratio server", 14)} ${pad("CPU med/p95", 12)} HTML gzip (RSC)`,
  );
  for (const c of cases) {
    const w = client.get(c.label)!;
    const b = bare.get(c.label)!;
    const sv = await Promise.all(server.get(c.label)!);
    const sMs = sv.map((x) => x?.ms ?? NaN);
    const known = sMs.filter((x) => !Number.isNaN(x));
    const ms = cpu.get(c.label);
    const size = bytes.get(c.label)!;
    say(
      `${pad(c.label, 28)} ${pad(mp(w), 15)} ${pad(known.length ? mp(known) : "-", 15)} ${pad(median(b).toFixed(2), 9)} ` +
        `${pad(ratio(w.map((v, i) => v / b[i]!)), 14)} ` +
        `${pad(known.length ? ratio(sMs.flatMap((v, i) => (Number.isNaN(v) ? [] : [v / b[i]!]))) : "-", 14)} ` +
        `${pad(ms ? mp(ms) : "-", 12)} ` +
        `${(size.html / 1024).toFixed(0)} kB ${(size.gzip / 1024).toFixed(1)} kB (${(size.rsc / 1024).toFixed(0)} kB)` +
        (known.length < sv.length ? ` [server time missing for ${sv.length - known.length} rounds]` : ""),
    );
  }
  say("Server-Timing of the last round:");
  for (const c of cases) say(`  ${pad(c.label, 28)} ${timing.get(c.label)}`);
  // What the pages used to run per view, for comparison: full scans of the table.
  await countQueueByStatus(db());
  say(
    `status counters ${(await clock(() => countQueueByStatus(db()))).toFixed(2)} ms (drizzle, unnamed statement, one warm-up) vs the old count(*) scan ${(await clock(() => recountQueueByStatus(db()))).toFixed(0)} ms`,
  );
  const now = new Date();
  say(
    `dashboard open figures, old scans: kpis ${(await clock(() => recountOpenKpis(db(), { now }))).toFixed(0)} ms, workload ${(await clock(() => recountWorkloadByAssignee(db(), { now }))).toFixed(0)} ms`,
  );
}

main()
  .catch((err: Error) => fail(err.stack ?? err.message))
  .finally(() => closeDb());
