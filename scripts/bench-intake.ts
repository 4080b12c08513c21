import { randomBytes } from "node:crypto";
import os from "node:os";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { attachToRunningInstance } from "./lib/attach-instance";
import { fail, say } from "./lib/console";
import { instanceProcesses } from "./lib/process-cpu";

/**
 * The public intake over HTTP (`POST /api/v1/requests`: rate limit, validation, the request, its audit
 * entry, verification secrets and mail in the outbox) against plain one-row inserts into the same
 * database and against a no-op route of the same web server (`POST /api/bench/noop`: proxy, wrapper and
 * JSON body read, no service touched: the web layer's ceiling), each driven by C concurrent clients for
 * S seconds, in interleaved rounds (the order rotates). Per round: rate, latency percentiles, CPU per call
 * of the web process and of the PostgreSQL server during the burst (from /proc: the machine may be shared)
 * and the load average. After each intake round the bench waits until the work the round caused is done
 * (every verification mail sent, the outbox relayed, the audit entries chained) and prints the CPU per
 * intake of every process from the burst's start to then: web, PostgreSQL, workers, Redis and the
 * supervisor (which runs the embedded SMTP sink). Runs against a running instance, which it fills with requests: use a throwaway DATA_DIR,
 * started with a high INTAKE_LIMIT_PER_IP_PER_HOUR and BENCH_NOOP_ROUTE=1, e.g.
 *   INTAKE_LIMIT_PER_IP_PER_HOUR=10000000 BENCH_NOOP_ROUTE=1 DATA_DIR=/var/tmp/dsr-bench PORT=3900 npm start
 *   DSR_RUNTIME_ENV=/var/tmp/dsr-bench/run/env.json npm run bench:intake -- [--clients 10] [--seconds 5] [--rounds 3]
 * Target (issue 17): intake ≥ 25 % of the raw insert rate, p99 < 100 ms at that rate.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const MODES = ["raw", "intake", "noop"] as const;
type Mode = (typeof MODES)[number];
type Outcome = "ok" | "refused" | "failed";
type Round = {
  rate: number;
  latencies: number[];
  refused: number;
  failed: number;
  webCpuMs: number | null;
  pgCpuMs: number | null;
  /** Per intake, every process, from the burst's start until the work it caused was done (drainMs later). */
  drained?: PerProcess;
  drainMs?: number;
  load: number;
};

async function drive(clients: number, seconds: number, one: () => Promise<Outcome>, cpu: () => Cpu) {
  const until = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let refused = 0;
  let failed = 0;
  const before = cpu();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        const began = performance.now();
        const outcome = await one();
        if (outcome === "ok") latencies.push(performance.now() - began);
        else if (outcome === "refused") refused++;
        else failed++;
      }
    }),
  );
  const after = cpu();
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || latencies.length === 0 ? null : (b - a) / latencies.length;
  const round: Round = {
    rate: latencies.length / seconds,
    latencies,
    refused,
    failed,
    webCpuMs: per(before.web, after.web),
    pgCpuMs: per(before.pg, after.pg),
    load: os.loadavg()[0]!,
  };
  return { round, before };
}

const PROCESSES = ["web", "pg", "workers", "redis", "sink"] as const;
type Cpu = Record<(typeof PROCESSES)[number], number | null>;
type PerProcess = Cpu & { total: number };
const nsToMs = (ns: number | null) => (ns === null ? null : ns / 1e6);

/** CPU per intake of each process between two readings, and their sum. */
function perIntake(before: Cpu, after: Cpu, intakes: number): PerProcess {
  const out = { total: 0 } as PerProcess;
  for (const k of PROCESSES) {
    const a = before[k];
    const b = after[k];
    out[k] = a === null || b === null || intakes === 0 ? null : (b - a) / intakes;
    out.total += out[k] ?? 0;
  }
  return out;
}

/**
 * Waits until the work the intake round caused is done: every mail of its requests sent (their rows leave
 * 'queued'/'sending'), no outbox row due, no audit entry unchained. Polls with cheap indexed statements.
 * Returns how long that took after the burst, or null if it was not done within `maxMs`.
 */
async function drain(ids: string[], maxMs: number): Promise<number | null> {
  const began = Date.now();
  let pending = ids.map((id) => `verification-${id}-1`);
  while (Date.now() - began < maxMs) {
    const { rows } = await db().execute<{ key: string }>(
      sql`select key from mail_deliveries where key = any(${`{${pending.join(",")}}`}::text[]) and status in ('queued', 'sending')`,
    );
    pending = rows.map((r) => r.key);
    if (pending.length === 0) {
      const { rows: left } = await db().execute<{ outbox: number; unchained: number }>(sql`select
        (select count(*)::int from outbox where relayed_at is null and available_at <= now()) as outbox,
        (select count(*)::int from audit_log where chain_seq is null) as unchained`);
      if (left[0]!.outbox === 0 && left[0]!.unchained === 0) return Date.now() - began;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number | null) => (x === null ? "n/a" : `${x.toFixed(2)} ms`);

function describe(mode: Mode, round: Round): string {
  return (
    `${mode.padEnd(6)} ${round.rate.toFixed(0).padStart(6)}/s  p50 ${percentile(round.latencies, 50).toFixed(1)} ms, ` +
    `p99 ${percentile(round.latencies, 99).toFixed(1)} ms; CPU/call web ${ms(round.webCpuMs)}, postgres ${ms(round.pgCpuMs)}; ` +
    `load ${round.load.toFixed(2)}` +
    (round.refused ? `, ${round.refused} refused (429: raise INTAKE_LIMIT_PER_IP_PER_HOUR)` : "") +
    (round.failed ? `, ${round.failed} failed` : "")
  );
}

function describeDrained(round: Round): string {
  const d = round.drained!;
  return (
    `until its work was done (${((round.drainMs ?? 0) / 1000).toFixed(1)} s after): CPU/intake ` +
    PROCESSES.map((k) => `${k} ${ms(d[k])}`).join(", ") +
    `; total ${ms(d.total)}`
  );
}

async function main() {
  attachToRunningInstance();
  const clients = arg("clients", 10);
  const seconds = arg("seconds", 5);
  const rounds = arg("rounds", 3);
  const run = randomBytes(3).toString("hex");
  const procs = instanceProcesses();
  // Nanoseconds (schedstat), shown per call in milliseconds.
  const cpu = (): Cpu => ({
    web: nsToMs(procs.webNs()),
    pg: nsToMs(procs.postgresNs()),
    workers: nsToMs(procs.workersNs()),
    redis: nsToMs(procs.redisNs()),
    sink: nsToMs(procs.supervisorNs()),
  });
  await db().execute(
    sql.raw(`create table if not exists bench_intake_raw (
      id uuid primary key default gen_random_uuid(), email text not null, payload jsonb not null,
      created_at timestamptz not null default now())`),
  );
  let n = 0;
  // The ids the intake answered in the current round (their mails are waited for before the next round).
  let accepted: string[] = [];
  const post = async (path: string): Promise<Outcome> => {
    const res = await fetch(`${appUrl()}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "access",
        email: `bench.${run}.${n++}@example.net`,
        fullName: "Bench Intake",
        locale: "en",
        jurisdiction: "FR",
      }),
    }).catch(() => null);
    if (!res) return "failed";
    const answer = await res.text();
    if (res.status === 202 && path === "/api/v1/requests") accepted.push((JSON.parse(answer) as { id: string }).id);
    return res.status === 202 ? "ok" : res.status === 429 ? "refused" : "failed";
  };
  const one: Record<Mode, () => Promise<Outcome>> = {
    raw: async () => {
      await db().execute(
        sql`insert into bench_intake_raw (email, payload) values (${`raw.${run}.${n++}@example.net`}, ${JSON.stringify({ type: "access" })}::jsonb)`,
      );
      return "ok";
    },
    intake: () => post("/api/v1/requests"),
    noop: () => post("/api/bench/noop"),
  };
  const modes: Mode[] = [...MODES];
  if ((await one.noop()) !== "ok") {
    say("POST /api/bench/noop is off (start the instance with BENCH_NOOP_ROUTE=1): no web-layer ceiling");
    modes.splice(modes.indexOf("noop"), 1);
  }
  say(
    `web process ${procs.web ?? "not found"}, postgres ${procs.postmaster ?? "not found"}, workers ${procs.workers() ?? "not found"}, ` +
      `redis ${procs.redis ?? "not found"}, supervisor with the SMTP sink ${procs.supervisor ?? "not found"}; ` +
      `${clients} clients, ${rounds} interleaved rounds of ${seconds} s; load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  try {
    const results = Object.fromEntries(modes.map((m) => [m, [] as Round[]])) as Record<Mode, Round[]>;
    for (let r = 0; r < rounds; r++) {
      // Rotate the order so that no mode always runs first (or right after the intake's mail burst).
      const order = modes.map((_, i) => modes[(i + r) % modes.length]!);
      for (const mode of order) {
        accepted = [];
        const { round, before } = await drive(clients, seconds, one[mode], cpu);
        if (mode === "intake") {
          // Each round starts with no work left over from the intake's mails (and pays for its own).
          const waited = await drain(accepted, 120_000);
          if (waited === null) say("  the intake round's mails were not all sent within 120 s");
          else {
            round.drainMs = waited;
            round.drained = perIntake(before, cpu(), round.latencies.length);
          }
        }
        results[mode].push(round);
        say(`round ${r + 1} ${describe(mode, round)}`);
        if (round.drained) say(`        ${describeDrained(round)}`);
      }
    }
    const rate = (m: Mode) => median(results[m].map((x) => x.rate));
    const cpuOf = (m: Mode, k: "webCpuMs" | "pgCpuMs") => {
      const xs = results[m].map((x) => x[k]).filter((x): x is number => x !== null);
      return xs.length ? median(xs) : null;
    };
    const loads = modes.flatMap((m) => results[m].map((x) => x.load));
    say(
      `${clients} concurrent clients, ${rounds} interleaved rounds of ${seconds} s (median of rounds; ` +
        `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores):`,
    );
    say(
      `  raw one-row insert     ${rate("raw").toFixed(0).padStart(6)}/s  (postgres CPU/insert ${ms(cpuOf("raw", "pgCpuMs"))})`,
    );
    const all = results.intake.flatMap((x) => x.latencies);
    say(
      `  intake over HTTP       ${rate("intake").toFixed(0).padStart(6)}/s = ${((100 * rate("intake")) / rate("raw")).toFixed(1)} % of raw; ` +
        `p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms; ` +
        `CPU/intake web ${ms(cpuOf("intake", "webCpuMs"))}, postgres ${ms(cpuOf("intake", "pgCpuMs"))}`,
    );
    const drained = results.intake.filter((x) => x.drained);
    if (drained.length) {
      const med = (k: keyof PerProcess) => median(drained.map((x) => x.drained![k] ?? 0));
      say(
        `  CPU per intake until its work was done (median of rounds): ` +
          PROCESSES.map((k) => `${k} ${ms(med(k))}`).join(", ") +
          `; total ${ms(med("total"))} (${(median(drained.map((x) => x.drainMs!)) / 1000).toFixed(1)} s to drain)`,
      );
    }
    if (modes.includes("noop")) {
      const none = results.noop.flatMap((x) => x.latencies);
      say(
        `  no-op route (ceiling)  ${rate("noop").toFixed(0).padStart(6)}/s = ${((100 * rate("noop")) / rate("raw")).toFixed(1)} % of raw; ` +
          `p50 ${percentile(none, 50).toFixed(1)} ms, p99 ${percentile(none, 99).toFixed(1)} ms; CPU/call web ${ms(cpuOf("noop", "webCpuMs"))}`,
      );
    }
  } finally {
    await db().execute(sql.raw("drop table if exists bench_intake_raw"));
    await closeDb();
  }
}

main().catch((err: Error) => fail(err.message));
