import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startPostgres } from "../services/postgres";
import { startRedis } from "../services/redis";
import { freePort, waitForExit } from "../services/ports";
import { resolveSecrets } from "../services/secrets";
import { smtpSinkOutageFile, smtpSinkSlowAcceptFile } from "../services";
import { MAIL_TEST_ENV } from "../test-support/mail-env";
import type { RunningService } from "../services/types";

/**
 * The fault suite's own services: PostgreSQL and Redis processes it starts, kills and restarts itself,
 * and the product (`scripts/start.ts`, supervisor + web + workers + embedded SMTP sink) pointed at them
 * through DATABASE_URL / REDIS_URL. The sink's outage switch (a file in DATA_DIR/run) plays the SMTP
 * server going down.
 */
export interface Cluster {
  dataDir: string;
  port: number;
  baseUrl: string;
  ports: { postgres: number; redis: number; smtp: number };
  databaseUrl: string;
  redisUrl: string;
  /** The environment the web and workers got (DATA_DIR/run/env.json) plus the suite's timings. */
  productEnv: () => Record<string, string>;
  /** A pool on the product's database that survives its restarts (errors of dead clients ignored). */
  pool: pg.Pool;
  killPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  killRedis(): Promise<void>;
  /** Removes Redis's data (AOF and any RDB): the restart comes back empty. */
  wipeRedis(): void;
  startRedis(): Promise<void>;
  smtpDown(down: boolean): void;
  /** The sink holds its 250 this many ms after storing each message (0: answers at once). */
  slowAccept(ms: number): void;
  startProduct(): Promise<void>;
  stopProduct(): Promise<void>;
  healthy(url?: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** Where the product's own output goes (its workers log every lost connection during a fault). */
export const productLog = (dataDir: string) => path.join(dataDir, "product.log");

const log = (line: string) => process.stdout.write(`  [services] ${line}\n`);

export const suiteEnv = (): Record<string, string> => ({
  ...MAIL_TEST_ENV,
  NODE_ENV: "test",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  SCHEDULER_REFRESH_MS: "3000",
  OUTBOX_POLL_MS: "200",
  INTAKE_LIMIT_PER_IP_PER_HOUR: "1000000",
});

export async function startCluster(dataDir: string): Promise<Cluster> {
  const port = await freePort();
  const ports = { postgres: await freePort(), redis: await freePort(), smtp: await freePort() };
  const secrets = resolveSecrets(dataDir);
  let postgres: RunningService | undefined;
  let redis: RunningService | undefined;
  let product: { child: ChildProcess; exited: Promise<unknown> } | undefined;

  const pgUp = async () => {
    postgres = await startPostgres({
      dataDir,
      port: ports.postgres,
      password: secrets.POSTGRES_PASSWORD,
      database: "dsr",
      log,
    });
  };
  const redisUp = async () => {
    redis = await startRedis({ dataDir, port: ports.redis, password: secrets.REDIS_PASSWORD, log });
  };
  await pgUp();
  await redisUp();
  const databaseUrl = postgres!.url;
  const redisUrl = redis!.url;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, connectionTimeoutMillis: 3_000 });
  pool.on("error", () => undefined);
  const baseUrl = `http://127.0.0.1:${port}`;
  const envFile = path.join(dataDir, "run", "env.json");
  let productEnvCache: Record<string, string> | undefined;

  const killGroup = async (pid: number | undefined) => {
    if (!pid) return;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* gone */
    }
    await waitForExit(pid, 10_000);
  };

  const healthy = async (url = baseUrl) => {
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return res.ok;
    } catch {
      return false;
    }
  };

  const cluster: Cluster = {
    dataDir,
    port,
    baseUrl,
    ports,
    databaseUrl,
    redisUrl,
    pool,
    // Read once the product is up: its supervisor removes env.json when it stops.
    productEnv: () => {
      productEnvCache ??= JSON.parse(fs.readFileSync(envFile, "utf8")) as Record<string, string>;
      return { ...productEnvCache, ...suiteEnv() };
    },
    async killPostgres() {
      await killGroup(postgres?.pid);
      // A killed postmaster leaves its pid file; the next start sees the pid dead and recovers.
    },
    startPostgres: pgUp,
    async killRedis() {
      await killGroup(redis?.pid);
    },
    wipeRedis() {
      const dir = path.join(dataDir, "redis");
      for (const entry of fs.readdirSync(dir))
        if (entry.startsWith("appendonly") || entry.endsWith(".rdb"))
          fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    },
    startRedis: redisUp,
    smtpDown(down) {
      const file = smtpSinkOutageFile(dataDir);
      if (down) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, "down\n");
      } else fs.rmSync(file, { force: true });
    },
    slowAccept(ms) {
      const file = smtpSinkSlowAcceptFile(dataDir);
      if (ms > 0) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, `${ms}\n`);
      } else fs.rmSync(file, { force: true });
    },
    async startProduct() {
      fs.rmSync(envFile, { force: true });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...suiteEnv(),
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        SMTP_SINK_PORT: String(ports.smtp),
      };
      // The embedded sink (its outage switch is ours) and this instance's own URLs: nothing inherited.
      for (const k of ["SMTP_URL", "APP_URL", "NEXTAUTH_URL", "DSR_RUNTIME_ENV", "POSTGRES_PORT", "REDIS_PORT"])
        delete env[k];
      const out = fs.openSync(productLog(dataDir), "a");
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        env,
        stdio: ["ignore", out, out],
        detached: true,
      });
      const exited = new Promise((r) => child.once("exit", r));
      product = { child, exited };
      const until = Date.now() + 300_000;
      while (Date.now() < until) {
        if (child.exitCode !== null) throw new Error("the product exited during start");
        if (fs.existsSync(envFile) && (await healthy())) {
          productEnvCache = undefined;
          cluster.productEnv();
          return;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error("the product did not become healthy within 300 s");
    },
    async stopProduct() {
      if (!product || product.child.exitCode !== null || product.child.signalCode !== null) return;
      process.kill(-product.child.pid!, "SIGTERM");
      const timer = setTimeout(() => process.kill(-product!.child.pid!, "SIGKILL"), 15_000);
      await product.exited;
      clearTimeout(timer);
    },
    healthy,
    async stop() {
      await cluster.stopProduct().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await redis?.stop().catch(() => undefined);
      await postgres?.stop().catch(() => undefined);
    },
  };
  return cluster;
}
