import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { closeDb, db } from "@/lib/db/client";
import { countStaff } from "@/lib/db/queries/staff";
import { bootstrap } from "./lib/bootstrap";
import { killAllSync, startChild, stopChild, type Child } from "./lib/children";
import { niced, workersNice } from "./lib/workers-nice";
import { webSemiSpaceArgs } from "./lib/web-young-generation";
import { fail, say } from "./lib/console";
import { forgetChildren, recordChildren, stopLeftoverChildren, writeRuntimeEnv } from "./lib/leftovers";
import { printAccounts } from "./lib/print-accounts";
import { failuresAfterExit, restartDelayMs } from "./lib/restart-backoff";
import { assertPortFree } from "./services/ports";
import type { DemoAccount } from "@/lib/seed/demo-staff";
import { seedDemoData } from "@/lib/seed/demo-data";

/**
 * `npm start`: services → migrations → demo data on first run → `next build` when no build exists →
 * web + workers. Ctrl-C / SIGTERM stop web and workers, then the services, within 10 s.
 * Flags: --dev runs Next in dev mode (hot reload) instead of a production build; --rebuild forces `next build`.
 */
const dev = process.argv.includes("--dev");
const rebuild = process.argv.includes("--rebuild") || process.env.FORCE_BUILD === "1";
const began = Date.now();
const nextBin = path.resolve("node_modules/next/dist/bin/next");

async function main() {
  await stopLeftoverChildren(path.resolve(process.env.DATA_DIR ?? ".data"));
  await assertPortFree(Number(process.env.PORT ?? 3000), "web", "PORT");
  const runtime = await bootstrap();
  const children: Child[] = [];
  let stopping = false;

  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    say(`stopping (${reason})…`);
    const force = setTimeout(() => {
      killAllSync(children);
      process.exit(code || 1);
    }, 9_500);
    await Promise.all(children.map((c) => stopChild(c, 6_000)));
    await closeDb().catch(() => undefined);
    await runtime.services.stop();
    forgetChildren(runtime.dataDir);
    clearTimeout(force);
    say("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
  process.on("exit", () => killAllSync(children));

  try {
    let firstRunAccounts: DemoAccount[] = [];
    if ((await countStaff(db())) === 0) {
      const { shop, accounts } = await seedDemoData(db());
      say(`first run: demo shop created (${shop.customers} customers, ${shop.orders} orders)`);
      firstRunAccounts = accounts;
    }
    await closeDb();

    const childEnv = { ...process.env, ...runtime.env };
    if (!dev && (rebuild || !fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID")))) {
      say("building the web app (next build)…");
      const build = spawnSync(process.execPath, [nextBin, "build"], {
        stdio: "inherit",
        env: { ...childEnv, NODE_ENV: "production" },
      });
      if (build.status !== 0) throw new Error("next build failed");
    }
    if (stopping) return;
    // Next runs behind scripts/next-server.ts, which tells the app each caller's address.
    const startWeb = () =>
      startChild(
        "web",
        process.execPath,
        [
          ...webSemiSpaceArgs(),
          "--import",
          "tsx",
          "scripts/next-server.ts",
          ...(dev ? ["--dev"] : []),
          "--hostname",
          runtime.host,
          "--port",
          String(runtime.port),
        ],
        { ...childEnv, NODE_ENV: dev ? "development" : "production" },
      );
    const web = startWeb();
    const failures = { web: 0, workers: 0 };
    const recordRunning = () =>
      recordChildren(
        runtime.dataDir,
        children.filter((c) => c.process.exitCode === null).map((c) => c.process.pid!),
      );
    const startWorkersProcess = () =>
      startChild(
        "workers",
        ...niced(workersNice(), process.execPath, ["--import", "tsx", "workers/index.ts"]),
        childEnv,
      );
    children.push(web);
    superviseForever(web, "web");
    // Workers may die at any time (a crash, an OOM kill, a dependency away): like a process manager, the
    // supervisor starts them again — and the web too — with a pause that grows while they keep dying
    // (0.5 s doubling to 30 s), and BullMQ hands the unfinished jobs to the new process. It never stops
    // the product because a part keeps failing: the web answers 503 while the database is away, and
    // /api/health says which part is down.
    function superviseForever(child: Child, name: "web" | "workers") {
      const startedAt = Date.now();
      void child.exited.then((code) => {
        if (stopping) return;
        children.splice(children.indexOf(child), 1);
        failures[name] = failuresAfterExit(failures[name], Date.now() - startedAt);
        const waitMs = restartDelayMs(failures[name]);
        say(`${name} exited with code ${code}; starting again in ${(waitMs / 1000).toFixed(1)} s`);
        setTimeout(() => {
          if (stopping) return;
          const again = name === "web" ? startWeb() : startWorkersProcess();
          children.push(again);
          recordRunning();
          superviseForever(again, name);
        }, waitMs);
      });
    }
    const startWorkers = () => {
      const workers = startWorkersProcess();
      children.push(workers);
      recordRunning();
      superviseForever(workers, "workers");
    };
    startWorkers();
    writeRuntimeEnv(runtime.dataDir, runtime.env);

    await waitForHealth(`${runtime.appUrl}/api/health`);
    if (stopping) return;
    say(`ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    for (const line of runtime.services.embedded) say(`  ${line}`);
    say(`  portal   ${runtime.appUrl}/`);
    say(`  staff    ${runtime.appUrl}/staff`);
    if (runtime.devMailbox) say(`  mailbox  ${runtime.appUrl}/dev/mailbox`);
    say(`  health   ${runtime.appUrl}/api/health`);
    if (firstRunAccounts.length > 0) printAccounts(firstRunAccounts);
    say("press Ctrl-C to stop");
  } catch (err) {
    say(`error: ${(err as Error).message}`);
    await shutdown("start-up failed", 1);
  }
}

async function waitForHealth(url: string): Promise<void> {
  const until = Date.now() + 120_000;
  let last = "";
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      last = await res.text();
      if (res.ok) return;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`health check did not pass within 120 s: ${last}`);
}

main().catch((err: Error) => fail(err.message));
