import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { ensureDebianBinary } from "./debian-package";
import { assertPortFree, isAlive, waitForExit } from "./ports";
import type { RunningService, ServiceLog } from "./types";

/** redis-server comes from Debian's package; installed here when missing and we may (root + apt). */
export function ensureRedisServer(log: ServiceLog): string {
  return ensureDebianBinary({
    binary: "redis-server",
    pkg: "redis-server",
    why: "about 15 s",
    alternative: "or set REDIS_URL to an existing Redis",
    log,
  });
}

async function stopLeftover(pidFile: string, log: ServiceLog) {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  if (!pid || !isAlive(pid)) return;
  log(`found redis-server (pid ${pid}) left running on ${path.dirname(pidFile)} by an earlier run; stopping it`);
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, 10_000))) process.kill(pid, "SIGKILL");
}

/** Only the owner may read the queue's data (mail payloads are sealed, but job ids and names are not). */
function restrictTree(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictTree(full);
    else if (entry.isFile()) fs.chmodSync(full, 0o600);
  }
}

export async function startRedis(opts: {
  dataDir: string;
  port: number;
  password: string;
  log: ServiceLog;
}): Promise<RunningService> {
  const binary = ensureRedisServer(opts.log);
  const dir = path.resolve(opts.dataDir, "redis");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pidFile = path.join(dir, "redis.pid");
  await stopLeftover(pidFile, opts.log);
  await assertPortFree(opts.port, "embedded Redis", "REDIS_PORT");
  // The password goes in a config file of mode 600, not on the command line where `ps` shows it.
  const configFile = path.join(dir, "redis.conf");
  fs.writeFileSync(configFile, `requirepass "${opts.password}"\n`, { mode: 0o600 });
  restrictTree(dir);

  // Own process group (stopped by the supervisor after the apps). AOF keeps queued jobs across restarts; noeviction because BullMQ must never lose keys to eviction.
  // Files redis-server creates later (AOF, pid) get mode 600 too: the child inherits this umask.
  const umask = process.umask(0o077);
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(
      binary,
      [
        configFile,
        "--port",
        String(opts.port),
        "--bind",
        "127.0.0.1",
        "--dir",
        dir,
        "--appendonly",
        "yes",
        "--save",
        "",
        "--maxmemory-policy",
        "noeviction",
        "--daemonize",
        "no",
        "--pidfile",
        pidFile,
        "--loglevel",
        "warning",
      ],
      { stdio: ["ignore", "ignore", "pipe"], detached: true },
    );
  } finally {
    process.umask(umask);
  }
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const exitedEarly = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(new Error(`redis-server exited during start (code ${code}): ${stderr.trim()}`)),
    ),
  );
  const url = `redis://:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}`;
  await Promise.race([waitForRedis(url), exitedEarly]);
  exitedEarly.catch(() => undefined);

  return {
    url,
    pid: child.pid,
    async stop() {
      // A killed process has exitCode null and a signalCode: it is gone, and its "exit" has fired already.
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 7_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForRedis(url: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return;
    } catch {
      client.disconnect();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`redis-server did not answer on ${url} within 15 s`);
}
