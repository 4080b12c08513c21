import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertPortFree } from "./services/ports";
import { killTree, processTree, stillRuns, type Proc } from "./test-support/process-tree";

/**
 * README (*Two commands*): "Ctrl-C (or SIGTERM) stops web and workers, then Redis and PostgreSQL, in about a
 * second; a second start keeps all data" and "A crashed run (supervisor killed) leaves nothing that blocks the
 * next start: its PostgreSQL, Redis, web and workers are found through their pid files and stopped."
 *
 * `scripts/start.ts` on a throwaway DATA_DIR and ports of its own (`SUPERVISOR_TEST_PORT` picks the web port,
 * the services follow it at +20000/+21000/+22000; by default a web port is drawn whose four ports are free),
 * beside the instance under test (two instances side by side). It reuses the build
 * of the instance under test (`NEXT_DIST_DIR`, default `.next`): no `next build` here. The environment given
 * to it is a clean one, so nothing of the instance under test (its URLs, its secrets) leaks in.
 */
const distDir = process.env.NEXT_DIST_DIR || ".next";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dsr-supervisor-"));
fs.chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
const started: Proc[][] = [];
const runs: Run[] = [];

type Ports = { web: number; postgres: number; redis: number; smtp: number };
type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * The web port; the services take PORT+20000, +21000 and +22000 by default (README's table), so only PORT is
 * given. `SUPERVISOR_TEST_PORT` fixes it; otherwise one whose three service ports are free too is drawn.
 */
async function choosePorts(): Promise<Ports> {
  const at = (web: number) => ({ web, postgres: web + 20000, redis: web + 21000, smtp: web + 22000 });
  const fixed = Number(process.env.SUPERVISOR_TEST_PORT);
  if (fixed) return at(fixed);
  for (let attempt = 0; attempt < 50; attempt++) {
    const ports = at(10_000 + Math.floor(Math.random() * 33_000));
    const free = await Promise.all(
      Object.values(ports).map((p) =>
        assertPortFree(p, "", "").then(
          () => true,
          () => false,
        ),
      ),
    );
    if (free.every(Boolean)) return ports;
  }
  throw new Error("no free web port with free service ports above it");
}
const portsReady = choosePorts();

async function startSupervisor(): Promise<Run> {
  const ports = await portsReady;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: distDir,
    DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    PORT: String(ports.web),
  };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env,
    detached: true, // its own group, like a terminal's Ctrl-C target: we signal the supervisor alone
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const until = Date.now() + 240_000;
  while (!/ready in/.test(output)) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`the supervisor did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  started.push(processTree(child.pid!));
  const run = { child, output: () => output, exited };
  runs.push(run);
  return run;
}

async function health(): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${(await portsReady).web}/api/health`);
  return res.status;
}

/** The processes of a running instance, each named by what it is (pid files and children.json). */
function parts(tree: Proc[]) {
  const pidIn = (file: string) => Number(fs.readFileSync(path.join(dataDir, file), "utf8").split("\n")[0]!.trim());
  const children = (
    JSON.parse(fs.readFileSync(path.join(dataDir, "run", "children.json"), "utf8")) as { pids: number[] }
  ).pids;
  const find = (pid: number) => tree.find((p) => p.pid === pid)!;
  return {
    apps: children.map(find),
    postgres: find(pidIn("postgres/postmaster.pid")),
    redis: find(pidIn("redis/redis.pid")),
  };
}

afterAll(async () => {
  for (const tree of started) killTree(tree);
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start's supervisor", () => {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID")))
    throw new Error(`no build in ${distDir}: this test reuses the instance's build (set NEXT_DIST_DIR)`);

  it("a crashed run (supervisor SIGKILLed) leaves nothing that blocks the next start, which keeps the data", async () => {
    const first = await startSupervisor();
    const ports = await portsReady;
    // Demo data on the first run, the addresses printed, the services on PORT+20000/+21000/+22000.
    expect(first.output()).toMatch(/first run: demo shop created \(2000 customers/);
    for (const line of ["portal", "staff", "mailbox", "health"])
      expect(first.output()).toMatch(new RegExp(`${line} +http://127\\.0\\.0\\.1:${ports.web}/`));
    expect(first.output()).toContain(`PostgreSQL on 127.0.0.1:${ports.postgres}`);
    expect(first.output()).toContain(`Redis on 127.0.0.1:${ports.redis}`);
    expect(first.output()).toContain(`SMTP sink on 127.0.0.1:${ports.smtp}`);
    expect(fs.statSync(path.join(dataDir, "secrets.json")).mode & 0o777).toBe(0o600);
    // One staff account per role, its generated password printed this once.
    expect(first.output()).toMatch(/demo staff accounts \(passwords are shown once/);
    for (const role of ["admin", "dpo", "agent", "manager"])
      expect(first.output()).toMatch(new RegExp(`\\] +${role} +\\S+@`));
    const tree = started[0]!;
    const { apps, postgres, redis } = parts(tree);
    expect(apps).toHaveLength(2); // web and workers
    const secrets = fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8");

    process.kill(first.child.pid!, "SIGKILL");
    await first.exited;
    // A crash, not a shutdown: the supervisor's children are still there.
    expect([...apps, postgres, redis].every(stillRuns)).toBe(true);

    const second = await startSupervisor();
    expect(await health()).toBe(200);
    const out = second.output();
    expect(out).toMatch(/left running by an earlier start/);
    expect(out).toMatch(/found PostgreSQL \(pid \d+\) left running/);
    expect(out).toMatch(/found redis-server \(pid \d+\) left running/);
    // Every process of the crashed run is gone: the new web, workers and services replaced them.
    expect(tree.filter(stillRuns).map((p) => `${p.pid} ${p.cmd}`)).toEqual([]);
    // Same data: no second demo seeding, the same secrets.
    expect(out).not.toMatch(/first run|demo staff accounts/);
    expect(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")).toBe(secrets);
  }, 600_000);

  it("SIGTERM stops web and workers, then Redis and PostgreSQL, and frees every port", async () => {
    const run = runs.at(-1)!;
    const tree = started.at(-1)!;
    const supervisor = tree[0]!;
    const { apps, postgres, redis } = parts(tree);

    // When each part stops, read every 10 ms while the supervisor shuts down.
    const goneAt = new Map<number, number>();
    const began = Date.now();
    process.kill(supervisor.pid, "SIGTERM");
    while (Date.now() - began < 15_000 && tree.some(stillRuns)) {
      for (const p of tree) if (!goneAt.has(p.pid) && !stillRuns(p)) goneAt.set(p.pid, Date.now() - began);
      await new Promise((r) => setTimeout(r, 10));
    }
    for (const p of tree) if (!goneAt.has(p.pid) && !stillRuns(p)) goneAt.set(p.pid, Date.now() - began);
    const seconds = (Math.max(...goneAt.values()) / 1000).toFixed(2);
    console.log(`supervisor stopped everything in ${seconds} s (${tree.length} processes)`);

    expect(tree.filter(stillRuns).map((p) => `${p.pid} ${p.cmd}`)).toEqual([]);
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/stopping \(SIGTERM\)[\s\S]*stopped/);
    const appsGone = Math.max(...apps.map((p) => goneAt.get(p.pid)!));
    expect(appsGone).toBeLessThanOrEqual(goneAt.get(redis.pid)!);
    expect(appsGone).toBeLessThanOrEqual(goneAt.get(postgres.pid)!);
    expect(Number(seconds)).toBeLessThan(10); // the supervisor's own bound (9.5 s, then SIGKILL)

    const ports = await portsReady;
    for (const [what, port] of Object.entries(ports)) await assertPortFree(port, what, "-");
    expect(fs.existsSync(path.join(dataDir, "run", "children.json"))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "run", "env.json"))).toBe(false);
  }, 60_000);
});
