import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { attachToRunningInstance } from "./lib/attach-instance";
import { fail, say } from "./lib/console";

/**
 * The public intake over HTTP (`POST /api/v1/requests`: validation, rate limit, the request, its
 * verification secrets, audit entry and mail in one transaction) against plain one-row inserts into the
 * same database, each driven by C concurrent clients for S seconds, in interleaved rounds. Prints both
 * rates, the ratio and the intake's latency percentiles. Runs against a running instance, which it
 * fills with requests: use a throwaway DATA_DIR, started with a high INTAKE_LIMIT_PER_IP_PER_HOUR, e.g.
 *   INTAKE_LIMIT_PER_IP_PER_HOUR=10000000 DATA_DIR=/var/tmp/dsr-bench PORT=3900 npm start
 *   DSR_RUNTIME_ENV=/var/tmp/dsr-bench/run/env.json npm run bench:intake -- [--clients 10] [--seconds 5] [--rounds 3]
 * Target (issue 17): intake ≥ 25 % of the raw insert rate, p99 < 100 ms at that rate.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

type Round = { rate: number; latencies: number[]; refused: number; failed: number };

async function drive(clients: number, seconds: number, one: () => Promise<"ok" | "refused" | "failed">) {
  const until = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let refused = 0;
  let failed = 0;
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
  return { rate: latencies.length / seconds, latencies, refused, failed } satisfies Round;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};

async function main() {
  attachToRunningInstance();
  const clients = arg("clients", 10);
  const seconds = arg("seconds", 5);
  const rounds = arg("rounds", 3);
  const run = randomBytes(3).toString("hex");
  await db().execute(
    sql.raw(`create table if not exists bench_intake_raw (
      id uuid primary key default gen_random_uuid(), email text not null, payload jsonb not null,
      created_at timestamptz not null default now())`),
  );
  let n = 0;
  const intake = async () => {
    const res = await fetch(`${appUrl()}/api/v1/requests`, {
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
    if (!res) return "failed" as const;
    await res.arrayBuffer();
    return res.status === 202 ? ("ok" as const) : res.status === 429 ? ("refused" as const) : ("failed" as const);
  };
  const raw = async () => {
    await db().execute(
      sql`insert into bench_intake_raw (email, payload) values (${`raw.${run}.${n++}@example.net`}, ${JSON.stringify({ type: "access" })}::jsonb)`,
    );
    return "ok" as const;
  };
  try {
    const results: { intake: Round[]; raw: Round[] } = { intake: [], raw: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of r % 2 === 0 ? (["raw", "intake"] as const) : (["intake", "raw"] as const)) {
        const round = await drive(clients, seconds, mode === "raw" ? raw : intake);
        results[mode].push(round);
        say(
          `round ${r + 1} ${mode.padEnd(6)} ${round.rate.toFixed(0).padStart(6)}/s` +
            (mode === "intake"
              ? `  p50 ${percentile(round.latencies, 50).toFixed(0)} ms, p99 ${percentile(round.latencies, 99).toFixed(0)} ms` +
                (round.refused ? `, ${round.refused} refused (429: raise INTAKE_LIMIT_PER_IP_PER_HOUR)` : "") +
                (round.failed ? `, ${round.failed} failed` : "")
              : ""),
        );
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const intakeRate = median(results.intake.map((x) => x.rate));
    const rawRate = median(results.raw.map((x) => x.rate));
    const all = results.intake.flatMap((x) => x.latencies);
    say(`${clients} concurrent clients, ${rounds} interleaved rounds of ${seconds} s (median of rounds):`);
    say(`  raw one-row insert ${rawRate.toFixed(0)}/s`);
    say(
      `  intake over HTTP   ${intakeRate.toFixed(0)}/s = ${((100 * intakeRate) / rawRate).toFixed(1)} % of raw; ` +
        `p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, p99 ${percentile(all, 99).toFixed(0)} ms`,
    );
  } finally {
    await db().execute(sql.raw("drop table if exists bench_intake_raw"));
    await closeDb();
  }
}

main().catch((err: Error) => fail(err.message));
