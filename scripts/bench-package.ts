import fs from "node:fs";
import { desc } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { workerHeartbeats } from "@/lib/db/schema";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { attachToRunningInstance } from "./lib/attach-instance";
import { say } from "./lib/console";
import {
  listTasks,
  shopCustomerWithOrders,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "./test-support/fulfilment";

/**
 * How long an access package takes for a customer with N orders (default 10,000), and the workers'
 * peak memory. Runs against a running instance (its workers do the work):
 * `DSR_RUNTIME_ENV=.data/run/env.json npm run bench:package -- --orders 10000`.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function memoryOf(pid: number): { peakMiB: number; rssMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { peakMiB: Math.round(kib("VmHWM") / 1024), rssMiB: Math.round(kib("VmRSS") / 1024) };
}

async function main() {
  attachToRunningInstance();
  const orders = arg("orders", 10_000);
  const [beat] = await db().select().from(workerHeartbeats).orderBy(desc(workerHeartbeats.beatAt)).limit(1);
  const pid = beat!.pid;
  say(`workers pid ${pid}, memory before: ${JSON.stringify(memoryOf(pid))}`);
  const customer = await shopCustomerWithOrders(orders);
  const agent = await testStaff("agent");
  const id = await verifiedRequest({ type: "access", email: customer.email });
  const began = Date.now();
  await startRequest(id, agent);
  await waitForStep(id, "review_package", "waiting", 600_000);
  const ready = Date.now() - began;
  await approvePackage(agent.id, { requestId: id, exclusions: [] });
  const approvedAt = Date.now();
  await waitForRequestStatus(id, "completed", 600_000);
  const delivered = Date.now() - approvedAt;
  const tasks = await listTasks(db(), { requestId: id });
  const ms = (op: string) => {
    const t = tasks.find((x) => x.operation === op)!;
    return t.finishedAt && t.startedAt ? t.finishedAt.getTime() - t.startedAt.getTime() : null;
  };
  const assemble = tasks.find((t) => t.operation === "assemble")!.resultSummary as { sizeBytes: number };
  say(`customer with ${orders} orders (${orders * 2} order lines)`);
  say(
    `  start → package ready for review: ${ready} ms (collect ${ms("collect")} ms, assemble ${ms("assemble")} ms; ZIP ${Math.round(assemble.sizeBytes / 1024)} KiB encrypted)`,
  );
  say(`  approval → completed and mailed: ${delivered} ms (complete step ${ms("complete")} ms)`);
  say(
    `  workers memory after: ${JSON.stringify(memoryOf(pid))} (peakMiB = VmHWM, the process's peak resident set since it started)`,
  );
  await closeDb();
}

main().catch(async (err) => {
  console.error(err);
  await closeDb();
  process.exit(1);
});
