import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { demoShopDataset } from "@/lib/connectors/postgres-dataset/demo-shop.dataset";
import { copyOut } from "@/lib/connectors/postgres-dataset/copy-out";
import { stageDataset, subjectSelect } from "@/lib/connectors/postgres-dataset/stage";
import { closeDb, db, pool } from "@/lib/db/client";
import { deleteCollectedOfRequest } from "@/lib/db/queries/collected-data";
import { listTasks } from "@/lib/db/queries/tasks";
import { encryptingStream } from "@/lib/exports/encrypted-stream";
import { buildPackage } from "@/lib/fulfilment/build-package";
import { packageSets } from "@/lib/fulfilment/engine/package-sets";
import { attachToRunningInstance } from "./lib/attach-instance";
import { say } from "./lib/console";
import { shopCustomerWithOrders, verifiedRequest } from "./test-support/fulfilment";

/**
 * In-process profile of collect (stageDataset) and assemble (buildPackage → encryption → a counting
 * sink) against a running instance's database, beside a plain COPY: run under `node --cpu-prof` or
 * `--heap-prof`. `npx tsx scripts/profile-package.ts --orders 100000 [--email E] [--rounds 3]`.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function plainCopy(email: string): Promise<number> {
  const client = await pool().connect();
  try {
    const began = performance.now();
    for (const t of demoShopDataset.tables)
      for await (const chunk of copyOut(client, subjectSelect(demoShopDataset, t, client.escapeLiteral(email))))
        void chunk;
    return performance.now() - began;
  } finally {
    client.release();
  }
}

/** The highest resident set size seen since the last call (sampled every 10 ms). */
let peak = 0;
let atPeak = "";
setInterval(() => {
  const m = process.memoryUsage();
  if (m.rss > peak) {
    peak = m.rss;
    const f = (n: number) => Math.round(n / 1048576);
    atPeak = `heap ${f(m.heapUsed)}/${f(m.heapTotal)}, external ${f(m.external)}, array buffers ${f(m.arrayBuffers)}`;
  }
}, 10).unref();
function peakSince(): number {
  const p = Math.max(peak, process.memoryUsage.rss());
  peak = 0;
  return Math.round(p / 1048576);
}

async function main() {
  attachToRunningInstance();
  const orders = Number(arg("orders") ?? 10_000);
  const rounds = Number(arg("rounds") ?? 3);
  const email = arg("email") ?? (await shopCustomerWithOrders(orders)).email;
  say(`customer ${email}`);
  const requestId = await verifiedRequest({ type: "access", email });
  // A collect task to hang the staged rows on (not run by the workers: the request is not started).
  const { rows } = await pool().query<{ id: string }>(
    `insert into request_tasks (request_id, operation, position, status) values ($1, 'collect', 0, 'succeeded') returning id`,
    [requestId],
  );
  const taskId = rows[0]!.id;
  await plainCopy(email);
  for (let r = 0; r < rounds; r++) {
    const copyMs = await plainCopy(email);
    const before = peakSince();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await stageDataset(pool(), demoShopDataset, { email }, { taskId, requestId });
    const collectMs = performance.now() - t0;
    const collectCpu = process.cpuUsage(c0);
    const collectPeak = peakSince();
    const tasks = await listTasks(db(), { requestId });
    const sets = await packageSets(db(), tasks, new Map());
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    const enc = encryptingStream(Buffer.alloc(32, 1));
    let bytes = 0;
    await pipeline(
      buildPackage({ kind: "access", locale: "en", reference: "R", sets }),
      enc.stream,
      new Writable({
        write(c: Buffer, _e, done) {
          bytes += c.length;
          done();
        },
      }),
    );
    const assembleMs = performance.now() - t1;
    const assembleCpu = process.cpuUsage(c1);
    const assembleAt = atPeak;
    const assemblePeak = peakSince();
    const cpu = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1000).toFixed(0);
    const heap = process.memoryUsage();
    say(
      `round ${r}: COPY ${copyMs.toFixed(0)} ms | collect ${collectMs.toFixed(0)} ms (cpu ${cpu(collectCpu)}) | assemble ${assembleMs.toFixed(0)} ms (cpu ${cpu(assembleCpu)}) (ZIP ${(bytes / 1048576).toFixed(1)} MiB) | ratio ${(copyMs / (collectMs + assembleMs)).toFixed(2)} | peak RSS before ${before}, collect ${collectPeak}, assemble ${assemblePeak} MiB [${assembleAt}] (now ${(heap.rss / 1048576).toFixed(0)})`,
    );
  }
  await deleteCollectedOfRequest(db(), { requestId });
  await closeDb();
}

main().catch(async (err) => {
  console.error(err);
  await closeDb();
  process.exit(1);
});
