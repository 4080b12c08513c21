import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { appendAudit } from "@/lib/audit/append";
import { chainAuditEntries } from "@/lib/audit/chain";
import { verifyAuditChain } from "@/lib/audit/verify";
import type { Database } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import * as schema from "@/lib/db/schema";
import { bootstrap } from "./lib/bootstrap";
import { fail, say } from "./lib/console";

/**
 * Audited transactions per second with N concurrent writers (default 20), in a scratch database created
 * on the same server and dropped afterwards (the target database is not touched):
 *   raw     — the same transaction without audit (two one-row inserts): the baseline
 *   locked  — the audit append as it was before: a global advisory lock held from the append to commit
 *   chained — the audit append now: no lock; the chainer links entries alongside, as the workers do
 * Modes run in interleaved rounds; the table prints min/median/max and the ratios to raw.
 *   npm run bench:audit -- [--writers 20] [--seconds 3] [--rounds 3]
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LEGACY_APPEND_LOCK = 0x41554449;
type Mode = "raw" | "locked" | "chained";

async function runMode(database: Database, mode: Mode, writers: number, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  let chaining = mode === "chained";
  const chainer = (async () => {
    while (chaining) if ((await chainAuditEntries(database)) === 0) await new Promise((r) => setTimeout(r, 200));
  })();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      while (Date.now() < until) {
        await database.transaction(async (tx) => {
          await tx.execute(sql`insert into bench_work (writer) values (${w})`);
          if (mode === "locked") await tx.execute(sql`select pg_advisory_xact_lock(${LEGACY_APPEND_LOCK}::bigint)`);
          if (mode !== "raw")
            await appendAudit(tx, { actor: { type: "system", id: `bench.${w}` }, action: "queues.operation" });
          // The rest of a use case after its audit entry (an outbox row, say).
          await tx.execute(sql`insert into bench_work (writer) values (${w})`);
        });
        done++;
      }
    }),
  );
  chaining = false;
  await chainer;
  return done / seconds;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};

async function main() {
  const writers = arg("writers", 20);
  const seconds = arg("seconds", 3);
  const rounds = arg("rounds", 3);
  const runtime = await bootstrap();
  const name = `dsr_bench_audit_${randomBytes(4).toString("hex")}`;
  const adminUrl = new URL(runtime.services.databaseUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const scratchUrl = new URL(runtime.services.databaseUrl);
  scratchUrl.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: scratchUrl.toString(), max: writers + 2 });
  try {
    await runMigrations(scratchUrl.toString());
    const database = drizzle(pool, { schema });
    await database.execute(sql`create table bench_work (id bigserial primary key, writer int not null)`);
    const modes: Mode[] = ["raw", "locked", "chained"];
    const tps: Record<Mode, number[]> = { raw: [], locked: [], chained: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of r % 2 === 0 ? modes : [...modes].reverse()) {
        tps[mode].push(await runMode(database, mode, writers, seconds));
        say(`round ${r + 1} ${mode.padEnd(7)} ${tps[mode].at(-1)!.toFixed(0)} tx/s`);
      }
    }
    const chain = await verifyAuditChain(database);
    say(`audit chain after the bench: ${chain.ok ? "verifies" : "BROKEN"} (${chain.entries} entries)`);
    const raw = stats(tps.raw);
    say(`${writers} concurrent writers, ${rounds} interleaved rounds of ${seconds} s (min / median / max tx/s):`);
    for (const mode of modes) {
      const s = stats(tps[mode]);
      say(
        `  ${mode.padEnd(7)} ${s.min.toFixed(0).padStart(6)} ${s.median.toFixed(0).padStart(6)} ${s.max.toFixed(0).padStart(6)}` +
          `   median ratio to raw ${(s.median / raw.median).toFixed(2)}`,
      );
    }
    say(`  chained / locked (after / before): ${(stats(tps.chained).median / stats(tps.locked).median).toFixed(2)}×`);
  } finally {
    await pool.end();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
    await runtime.services.stop();
  }
}

main().catch((err: Error) => fail(err.message));
