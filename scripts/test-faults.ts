import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { auditVerify, printFigures, type Figures } from "./faults/checks";
import { productLog, startCluster, type Cluster } from "./faults/cluster";
import { replicasScenario } from "./faults/replicas";
import { SCENARIOS } from "./faults/scenarios";

/**
 * `npm run test:faults`: the product against PostgreSQL and Redis processes this script owns, each
 * scenario during a burst of intake submissions — Redis killed and restarted with its data, Redis
 * restarted empty (AOF removed), the workers SIGKILLed twice mid-burst and mid-erasure, the SMTP server
 * down longer than a mail job's tries, PostgreSQL killed for 10 s and for 60 s — then two web and two
 * workers processes on the same services. After each: every accepted (202) submission stored and
 * mailed exactly once, no 500 (503 with Retry-After while the database is away), the product serving
 * without a restart by us; `npm run audit:verify` at the end. Prints the figures; exit 1 on any failure.
 * Flags: --only=<scenario>[,…] (redis-kill, redis-wipe, workers-kill, smtp-down, postgres-10s,
 * postgres-60s, replicas), --keep (keep the data directory).
 */
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const LAST_LOG = path.join(os.tmpdir(), "dsr-faults-product.log");
const wanted = (name: string) => !only || only.includes(name);

async function main() {
  const began = Date.now();
  const dataDir = fs.mkdtempSync(path.join(process.env.FAULTS_TMP ?? os.tmpdir(), "dsr-faults-"));
  // Embedded PostgreSQL runs as the postgres user when we are root: it must reach the data dir.
  fs.chmodSync(dataDir, 0o755);
  let cluster: Cluster | undefined;
  const figures: Figures[] = [];
  let failed = false;
  const stop = async () => {
    await cluster?.stop();
    // The product's output (web, workers, supervisor) outlives the data directory.
    if (fs.existsSync(productLog(dataDir))) fs.copyFileSync(productLog(dataDir), LAST_LOG);
    if (!args.includes("--keep")) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  process.once("SIGTERM", () => void stop().finally(() => process.exit(143)));
  try {
    say(`services and product (data in ${dataDir})…`);
    cluster = await startCluster(dataDir);
    await cluster.startProduct();
    // Lib code of the erasure checks runs here, on the product's own settings.
    Object.assign(process.env, cluster.productEnv());
    say(`product ready in ${((Date.now() - began) / 1000).toFixed(0)} s on ${cluster.baseUrl}`);
    for (const scenario of SCENARIOS) {
      if (!wanted(scenario.name)) continue;
      say(`scenario ${scenario.name}…`);
      const f = await scenario.run(cluster).catch((err: Error) => crashed(scenario.name, err));
      say(`  ${f.problems.length === 0 ? "ok" : `FAIL (${f.problems.length})`} in ${f.seconds.toFixed(0)} s`);
      figures.push(f);
    }
    if (wanted("replicas")) {
      say("scenario replicas…");
      figures.push(await replicasScenario(cluster).catch((err: Error) => crashed("replicas", err)));
    }
    const audit = auditVerify(cluster.databaseUrl);
    printFigures(figures);
    process.stdout.write(`\naudit:verify → ${audit.output}\n`);
    failed = !audit.ok || figures.some((f) => f.problems.length > 0);
  } catch (err) {
    say(`error: ${(err as Error).stack ?? err}`);
    failed = true;
  } finally {
    await stop();
  }
  say(`product output: ${LAST_LOG}`);
  say(`${failed ? "FAILED" : "passed"} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  process.exit(failed ? 1 : 0);
}

function crashed(scenario: string, err: Error): Figures {
  return {
    scenario,
    sent: 0,
    accepted: 0,
    stored: 0,
    mailed: 0,
    duplicates: 0,
    unavailable: 0,
    serverErrors: 0,
    networkErrors: 0,
    seconds: 0,
    problems: [`the scenario itself failed: ${err.message}`],
    notes: [],
  };
}

function say(line: string) {
  process.stdout.write(`[faults] ${line}\n`);
}

void main();
