import fs from "node:fs";
import os from "node:os";
import { desc } from "drizzle-orm";
import { demoShopDataset } from "@/lib/connectors/postgres-dataset/demo-shop.dataset";
import { copyOut } from "@/lib/connectors/postgres-dataset/copy-out";
import { subjectSelect } from "@/lib/connectors/postgres-dataset/stage";
import { closeDb, db, pool } from "@/lib/db/client";
import { deleteCollectedOfRequest } from "@/lib/db/queries/collected-data";
import { listUnreleasedPackages } from "@/lib/db/queries/exports";
import { workerHeartbeats } from "@/lib/db/schema";
import { purgeExportFile } from "@/lib/exports/package-store";
import { attachToRunningInstance } from "./lib/attach-instance";
import { say } from "./lib/console";
import {
  listTasks,
  shopCustomerWithOrders,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForStep,
} from "./test-support/fulfilment";

/**
 * How long an access package takes for a customer with N orders (2 lines each), against a plain
 * `COPY (select …) TO STDOUT` of the same rows, over interleaved rounds; and the workers' peak memory
 * while they build it. Runs against a running instance (its workers do the work):
 * `DSR_RUNTIME_ENV=.data/run/env.json npm run bench:package -- --orders 100000 --rounds 3 [--reuse]`.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function kib(pid: number, field: string): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
}
const mib = (k: number) => Math.round(k / 1024);

/** Samples the process's resident set every 50 ms until stopped; returns the highest seen. */
function sampleRss(pid: number): () => number {
  let peak = kib(pid, "VmRSS");
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, kib(pid, "VmRSS"));
    } catch {
      // the process went away (a crash): the report says so through the missing step
    }
  }, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** The baseline: the same rows, every table of the dataset, COPYed to this process and counted. */
async function plainCopy(email: string): Promise<{ ms: number; bytes: number }> {
  const client = await pool().connect();
  try {
    const began = performance.now();
    let bytes = 0;
    for (const t of demoShopDataset.tables)
      for await (const chunk of copyOut(client, subjectSelect(demoShopDataset, t, client.escapeLiteral(email))))
        bytes += (chunk as Buffer).length;
    return { ms: performance.now() - began, bytes };
  } finally {
    client.release();
  }
}

interface PackageRun {
  collectMs: number;
  assembleMs: number;
  readyMs: number;
  /** The hand-offs, from the steps' own rows: start → collect began, collect → assemble, assemble → review. */
  gaps: { toCollect: number; toAssemble: number; toReview: number };
  zipBytes: number;
  peakRssMiB: number;
}

async function packageRun(email: string, pid: number, agent: Awaited<ReturnType<typeof testStaff>>) {
  const id = await verifiedRequest({ type: "access", email });
  const stop = sampleRss(pid);
  const began = Date.now();
  await startRequest(id, agent);
  await waitForStep(id, "review_package", "waiting", 3_600_000);
  const readyMs = Date.now() - began;
  const peak = stop();
  const tasks = await listTasks(db(), { requestId: id });
  const step = (op: string) => tasks.find((x) => x.operation === op)!;
  const ms = (op: string) => step(op).finishedAt!.getTime() - step(op).startedAt!.getTime();
  const gaps = {
    toCollect: step("collect").startedAt!.getTime() - began,
    toAssemble: step("assemble").startedAt!.getTime() - step("collect").finishedAt!.getTime(),
    toReview: step("review_package").startedAt!.getTime() - step("assemble").finishedAt!.getTime(),
  };
  const assemble = tasks.find((t) => t.operation === "assemble")!.resultSummary as { sizeBytes: number };
  // Leave nothing behind: the staged rows and the package (hundreds of MB at 1M orders).
  await db().transaction(async (tx) => {
    for (const row of await listUnreleasedPackages(tx, { requestId: id })) await purgeExportFile(tx, row);
    await deleteCollectedOfRequest(tx, { requestId: id });
  });
  return {
    collectMs: ms("collect"),
    assembleMs: ms("assemble"),
    readyMs,
    gaps,
    zipBytes: assemble.sizeBytes,
    peakRssMiB: mib(peak),
  } satisfies PackageRun;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  attachToRunningInstance();
  const orders = arg("orders", 10_000);
  const rounds = arg("rounds", 3);
  const [beat] = await db().select().from(workerHeartbeats).orderBy(desc(workerHeartbeats.beatAt)).limit(1);
  const pid = beat!.pid;
  say(`workers pid ${pid}: resident ${mib(kib(pid, "VmRSS"))} MiB, peak since start ${mib(kib(pid, "VmHWM"))} MiB`);
  // --reuse: the newest bench customer with exactly that many orders (creating 1M orders takes minutes).
  const reuse = process.argv.includes("--reuse")
    ? ((
        await pool().query<{ email: string }>(
          `select c.email from shop.customers c where c.email like 'big.%' and (select count(*) from shop.orders o where o.customer_id = c.id) = $1 order by c.id desc limit 1`,
          [orders],
        )
      ).rows[0] ?? null)
    : null;
  if (!reuse) say(`creating a shop customer with ${orders} orders (${orders * 2} order lines)…`);
  const customer = reuse ?? (await shopCustomerWithOrders(orders));
  const agent = await testStaff("agent");
  const copies: { ms: number; bytes: number }[] = [];
  const runs: PackageRun[] = [];
  await plainCopy(customer.email); // warm the cache for both sides
  for (let r = 1; r <= rounds; r++) {
    // Interleaved, alternating which goes first, so neither side gets a warmer cache or a quieter machine.
    const copyFirst = r % 2 === 1;
    if (copyFirst) copies.push(await plainCopy(customer.email));
    runs.push(await packageRun(customer.email, pid, agent));
    if (!copyFirst) copies.push(await plainCopy(customer.email));
    const c = copies.at(-1)!;
    const p = runs.at(-1)!;
    say(
      `round ${r} (load ${os.loadavg()[0]!.toFixed(1)}): COPY ${Math.round(c.ms)} ms (${mib(c.bytes / 1024)} MiB) | collect ${p.collectMs} ms, assemble ${p.assembleMs} ms, start → ready ${p.readyMs} ms (gaps: start → collect ${p.gaps.toCollect} ms, collect → assemble ${p.gaps.toAssemble} ms, assemble → review ${p.gaps.toReview} ms), ZIP ${Math.round(p.zipBytes / 1024)} KiB | workers peak RSS ${p.peakRssMiB} MiB | this round: collect ${(c.ms / p.collectMs).toFixed(2)} × COPY, collect + assemble ${(c.ms / (p.collectMs + p.assembleMs)).toFixed(2)} × COPY`,
    );
  }
  const copyMs = median(copies.map((c) => c.ms));
  const collectMs = median(runs.map((r) => r.collectMs));
  const assembleMs = median(runs.map((r) => r.assembleMs));
  say(
    `\nload average now ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")} (1, 5, 15 min)`,
  );
  say(`customer with ${orders} orders (${orders * 2} order lines), ${rounds} interleaved rounds, medians:`);
  say(`  plain COPY of the same rows: ${Math.round(copyMs)} ms`);
  say(`  collect:  ${collectMs} ms — speed ${(copyMs / collectMs).toFixed(2)} × COPY`);
  say(`  assemble: ${assembleMs} ms (data.json + CSVs + README + report, zipped, encrypted, stored)`);
  say(
    `  collect + assemble: ${collectMs + assembleMs} ms — speed ${(copyMs / (collectMs + assembleMs)).toFixed(2)} × COPY`,
  );
  say(`  start → ready for review: ${median(runs.map((r) => r.readyMs))} ms, of which the hand-offs (medians):`);
  say(
    `    start → collect began ${median(runs.map((r) => r.gaps.toCollect))} ms, collect → assemble began ${median(runs.map((r) => r.gaps.toAssemble))} ms, assemble → review ${median(runs.map((r) => r.gaps.toReview))} ms`,
  );
  say(
    `  workers peak resident memory during the runs: ${Math.max(...runs.map((r) => r.peakRssMiB))} MiB (sampled every 50 ms; VmHWM since start ${mib(kib(pid, "VmHWM"))} MiB)`,
  );
  await closeDb();
}

main().catch(async (err) => {
  console.error(err);
  await closeDb();
  process.exit(1);
});
