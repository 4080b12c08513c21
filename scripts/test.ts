import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDebianBinary } from "./services/debian-package";
import { freePort } from "./services/ports";
import { spawnTestOidcProvider } from "./test-support/oidc-provider";
import { say } from "./lib/console";
import { MAIL_TEST_ENV } from "./test-support/mail-env";
import { WEBHOOK_TEST_ENV } from "./test-support/webhook-env";
import { readPlaywrightReport, readVitestReport, type StageReport } from "./lib/test-report";

/**
 * `npm test`: lint, typecheck, unit tests, then a throwaway instance (temporary DATA_DIR, its own
 * ports, started through the same scripts/start.ts as `npm start`) for the integration tests and the
 * Playwright end-to-end tests. Stops everything and exits non-zero on any failure.
 * Then the fault suite (scripts/test-faults.ts: its own PostgreSQL and Redis, killed and restarted during
 * intake bursts, and two web + two workers replicas), after the instance has stopped.
 * Flags: --skip-e2e, --only=<format|lint|typecheck|unit|integration|e2e|faults>[,…], --keep (keep the data dir).
 */
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const wants = (stage: string) => (only ? only.includes(stage) : !(stage === "e2e" && args.includes("--skip-e2e")));
const extra = args.filter((a) => !a.startsWith("--"));

type Result = StageReport & { stage: string; ok: boolean; seconds: number };
const results: Result[] = [];
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "dsr-test-reports-"));

function run(
  stage: string,
  command: string,
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  readReport?: () => StageReport,
): boolean {
  say(`── ${stage}: ${command} ${argv.join(" ")}`);
  const began = Date.now();
  const res = spawnSync(command, argv, { stdio: "inherit", env });
  const ok = res.status === 0;
  const report = readReport?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, failures: [], flaky: [] };
  results.push({ stage, ok, ...report, seconds: (Date.now() - began) / 1000 });
  return ok;
}

const npx = (bin: string) => path.resolve("node_modules/.bin", bin);

async function startInstance() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dsr-test-"));
  const port = await freePort();
  // Single sign-on (e2e/staff-sso.spec.ts): a real OpenID provider for this instance, in its own process.
  const idp = await spawnTestOidcProvider({ port: await freePort(), appUrl: `http://127.0.0.1:${port}` });
  const env = {
    ...process.env,
    ...idp.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    POSTGRES_PORT: String(await freePort()),
    REDIS_PORT: String(await freePort()),
    SMTP_SINK_PORT: String(await freePort()),
    FORCE_BUILD: process.env.SKIP_BUILD === "1" ? "" : "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // Every test request comes from 127.0.0.1; the per-IP limit itself is tested with its own bucket.
    // Short, so the Redis-wipe test sees the schedules come back quickly.
    SCHEDULER_REFRESH_MS: "3000",
    ...MAIL_TEST_ENV,
    ...WEBHOOK_TEST_ENV,
    // Data Rights Protocol (lib/integrations/drp/drp.int.test.ts signs its requests for this business).
    DRP_BUSINESS_ID: "DSR_DESK_TEST",
    INTAKE_LIMIT_PER_IP_PER_HOUR: process.env.INTAKE_LIMIT_PER_IP_PER_HOUR ?? "100000",
    NODE_ENV: "test",
  } as NodeJS.ProcessEnv;
  say(`── starting a throwaway instance on port ${port} (data in ${dataDir})`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env,
    stdio: "inherit",
    detached: true,
  });
  const exited = new Promise<number | null>((r) => child.once("exit", r));
  const envFile = path.join(dataDir, "run", "env.json");
  // The start includes `next build`: minutes on a busy 2-core machine (a CI run at load 20 took over 240 s).
  const startTimeoutMs = Number(process.env.TEST_INSTANCE_START_TIMEOUT_MS ?? 900_000);
  const until = Date.now() + startTimeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error("the test instance exited during start");
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok && fs.existsSync(envFile)) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!fs.existsSync(envFile)) {
    // Stop the half-started instance: its build would otherwise block the next `next build` (fault suite).
    if (child.exitCode === null) {
      process.kill(-child.pid!, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    }
    throw new Error(`the test instance did not become healthy within ${Math.round(startTimeoutMs / 1000)} s`);
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    envFile,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        process.kill(-child.pid!, "SIGTERM");
        const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await idp.stop();
      if (!args.includes("--keep")) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function main() {
  if (wants("format")) run("format", npx("prettier"), ["--check", "--log-level=warn", "."]);
  if (wants("lint")) run("lint", npx("eslint"), ["."]);
  if (wants("typecheck")) run("typecheck", npx("tsc"), ["--noEmit"]);
  if (wants("unit")) {
    const out = path.join(reportDir, "unit.json");
    run(
      "unit",
      npx("vitest"),
      ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra],
      process.env,
      () => readVitestReport(out, process.cwd()),
    );
  }
  if (wants("integration") || wants("e2e")) {
    let chromium: string | undefined;
    if (wants("e2e")) {
      chromium =
        process.env.PLAYWRIGHT_CHROMIUM_PATH ??
        ensureDebianBinary({
          binary: "/usr/bin/chromium",
          pkg: "chromium",
          why: "about 40 s",
          alternative: "or set PLAYWRIGHT_CHROMIUM_PATH",
          log: say,
        });
    }
    let instance: Awaited<ReturnType<typeof startInstance>> | undefined;
    try {
      instance = await startInstance();
      const env = {
        ...process.env,
        DSR_RUNTIME_ENV: instance.envFile,
        E2E_BASE_URL: instance.baseUrl,
        PLAYWRIGHT_CHROMIUM_PATH: chromium ?? "",
      };
      if (wants("integration")) {
        const out = path.join(reportDir, "integration.json");
        run(
          "integration",
          npx("vitest"),
          [
            "run",
            "--project",
            "integration",
            "--reporter=default",
            "--reporter=json",
            `--outputFile.json=${out}`,
            ...extra,
          ],
          env,
          () => readVitestReport(out, process.cwd()),
        );
      }
      if (wants("e2e")) {
        const out = path.join(reportDir, "e2e.json");
        run("e2e", npx("playwright"), ["test", ...extra], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out }, () =>
          readPlaywrightReport(out),
        );
      }
    } catch (err) {
      say(`error: ${(err as Error).message}`);
      results.push({
        stage: "instance",
        ok: false,
        passed: 0,
        failed: 1,
        skipped: 0,
        failures: [(err as Error).message],
        flaky: [],
        seconds: 0,
      });
    } finally {
      await instance?.stop();
    }
  }

  // Its own services and product (the build above is reused); after the instance, so the two never compete.
  if (wants("faults")) run("faults", process.execPath, ["--import", "tsx", "scripts/test-faults.ts"]);

  say("── summary");
  for (const r of results)
    say(
      `  ${r.ok ? "ok  " : "FAIL"} ${r.stage.padEnd(12)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`,
    );
  // Named here, at the end, so a log cut to its last lines still says which tests failed and why.
  for (const r of results) {
    for (const f of r.failures.slice(0, 20)) say(`  ${r.stage} failed: ${f}`);
    if (r.failures.length > 20) say(`  ${r.stage}: ${r.failures.length - 20} more failures above`);
    for (const f of r.flaky) say(`  ${r.stage} passed on retry: ${f}`);
  }
  const total = results.reduce(
    (a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const allOk = results.length > 0 && results.every((r) => r.ok);
  if (!allOk && total.failed === 0) total.failed = results.filter((r) => !r.ok).length;
  process.stdout.write(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
  process.exit(allOk ? 0 : 1);
}

main().catch((err: Error) => {
  say(`error: ${err.message}`);
  process.exit(1);
});
