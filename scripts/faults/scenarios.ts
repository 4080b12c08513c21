import fs from "node:fs";
import path from "node:path";
import { isAlive } from "../services/ports";
import { burst } from "./burst";
import { q, settleBurst, type Figures } from "./checks";
import type { Cluster } from "./cluster";
import { eraseWhileKillingWorkers } from "./erasure";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fault` `afterMs` into the burst; the burst and the fault both finish before this returns. */
async function burstWith(
  c: Cluster,
  tag: string,
  shape: { count: number; spreadMs: number },
  fault: () => Promise<void>,
  afterMs: number,
) {
  const began = Date.now();
  const running = burst({ baseUrls: [c.baseUrl], tag, ...shape });
  await sleep(afterMs);
  await fault();
  return { result: await running, began };
}

/** The product serves again by itself (no restart by us): health 200 within `ms`. */
async function stillServing(c: Cluster, f: Figures, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await c.healthy()) return;
    await sleep(500);
  }
  f.problems.push(`the product did not answer health within ${ms / 1000} s after the fault`);
}

/** /api/health while a part is away: it must answer (503) and name that part as down. */
async function healthSays(c: Cluster, part: "db" | "redis", f: { notes: string[]; problems: string[] }) {
  try {
    const res = await fetch(`${c.baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
    const body = (await res.json().catch(() => ({}))) as Record<string, string>;
    f.notes.push(`health during the outage: ${res.status} ${JSON.stringify(body)}`);
    if (res.status !== 503 || body[part] !== "down") f.problems.push(`health did not say ${part} is down`);
  } catch (err) {
    f.problems.push(`health did not answer during the outage: ${(err as Error).message}`);
  }
}

/** When the 503s started and stopped, against when PostgreSQL was killed, restarted and answering again. */
function outageWindow(
  answers: { at: number; status: number }[],
  m: { killed: number; restarting: number; back: number },
) {
  const s = (t: number) => `${((t - m.killed) / 1000).toFixed(1)} s`;
  const unavailable = answers.filter((a) => a.status === 503).map((a) => a.at);
  const firstAfter = answers.find((a) => a.status === 202 && a.at > m.back)?.at;
  if (unavailable.length === 0) return "no 503";
  return (
    `from the kill: 503 from ${s(Math.min(...unavailable))} to ${s(Math.max(...unavailable))}; PostgreSQL restarted at ` +
    `${s(m.restarting)}, ready at ${s(m.back)}; first 202 after it at ${firstAfter ? s(firstAfter) : "never"}`
  );
}

/** The running workers process of the supervised product (from DATA_DIR/run/children.json). */
export function workersPid(c: Cluster): number | undefined {
  const file = path.join(c.dataDir, "run", "children.json");
  let pids: number[];
  try {
    pids = (JSON.parse(fs.readFileSync(file, "utf8")) as { pids: number[] }).pids;
  } catch {
    return undefined; // Not there yet, or caught while the supervisor rewrites it: the caller polls again.
  }
  return pids.find((pid) => {
    try {
      return isAlive(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("workers/index.ts");
    } catch {
      return false;
    }
  });
}

/**
 * SIGKILLs the workers (their whole process group) and waits until the supervisor started new ones.
 * Returns how many mail sends the killed process had claimed without an outcome (each must still
 * arrive exactly once: settled from the sink, or released and sent again).
 */
export async function killWorkers(c: Cluster): Promise<number> {
  const victim = workersPid(c);
  if (!victim) throw new Error("no workers process found to kill");
  process.kill(-victim, "SIGKILL");
  const [inFlight] = await q<{ n: number }>(
    c.pool,
    "select count(*)::int as n from mail_deliveries where status = 'sending'",
  );
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const now = workersPid(c);
    if (now && now !== victim) return inFlight!.n;
    await sleep(200);
  }
  throw new Error("the supervisor did not start new workers within 60 s");
}

export type Scenario = { name: string; run: (c: Cluster) => Promise<Figures> };

export const SCENARIOS: Scenario[] = [
  {
    name: "redis-kill",
    async run(c) {
      const during = { notes: [] as string[], problems: [] as string[] };
      const { result, began } = await burstWith(
        c,
        "rk",
        { count: 300, spreadMs: 12_000 },
        async () => {
          await c.killRedis();
          await sleep(1_500);
          await healthSays(c, "redis", during);
          await c.startRedis();
        },
        3_000,
      );
      const f = await settleBurst(c.pool, "redis-kill", result, began);
      f.notes.push(...during.notes);
      f.problems.push(...during.problems);
      await stillServing(c, f);
      return f;
    },
  },
  {
    name: "redis-wipe",
    async run(c) {
      const { result, began } = await burstWith(
        c,
        "rw",
        { count: 300, spreadMs: 12_000 },
        async () => {
          await c.killRedis();
          c.wipeRedis();
          await sleep(1_000);
          await c.startRedis();
        },
        3_000,
      );
      const f = await settleBurst(c.pool, "redis-wipe", result, began, { timeoutMs: 120_000 });
      await stillServing(c, f);
      return f;
    },
  },
  {
    name: "workers-kill",
    async run(c) {
      const began = Date.now();
      // The sink holds each 250 for 300 ms: a kill is then likely to land between the SMTP accept and
      // its record, the window exactly-once mail must cover.
      c.slowAccept(300);
      const running = burst({ baseUrls: [c.baseUrl], tag: "wk", count: 300, spreadMs: 15_000 });
      // Twice: right after the DPO approves an erasure and again a moment later, both mid-burst.
      const claims: number[] = [];
      const erasure = await eraseWhileKillingWorkers(c, async () => void claims.push(await killWorkers(c)));
      await running.finally(() => c.slowAccept(0));
      const f = await settleBurst(c.pool, "workers-kill", await running, began);
      f.problems.push(...erasure.problems);
      f.notes.push(erasure.summary, `mail sends claimed but unfinished at each kill: ${claims.join(", ")}`);
      await stillServing(c, f);
      return f;
    },
  },
  {
    name: "smtp-down",
    async run(c) {
      // Down for 12 s: a mail job's 3 tries (MAIL_TEST_ENV) are spent within about a second.
      const { result, began } = await burstWith(
        c,
        "sd",
        { count: 200, spreadMs: 8_000 },
        async () => {
          c.smtpDown(true);
          await sleep(12_000);
          c.smtpDown(false);
        },
        2_000,
      );
      const f = await settleBurst(c.pool, "smtp-down", result, began, { timeoutMs: 120_000 });
      await stillServing(c, f);
      return f;
    },
  },
  ...[10, 60].map((downS): Scenario => ({
    name: `postgres-${downS}s`,
    async run(c) {
      const during = { notes: [] as string[], problems: [] as string[] };
      const marks = { killed: 0, restarting: 0, back: 0 };
      const { result, began } = await burstWith(
        c,
        `pg${downS}`,
        { count: 300, spreadMs: (downS + 15) * 1_000 },
        async () => {
          await c.killPostgres();
          marks.killed = Date.now();
          await sleep(downS * 500);
          await healthSays(c, "db", during);
          await sleep(downS * 500);
          marks.restarting = Date.now();
          await c.startPostgres();
          marks.back = Date.now();
        },
        4_000,
      );
      const f = await settleBurst(c.pool, `postgres-${downS}s`, result, began, {
        timeoutMs: 120_000,
        expectUnavailable: true,
      });
      f.notes.push(...during.notes, outageWindow(result.answers, marks));
      f.problems.push(...during.problems);
      await stillServing(c, f);
      return f;
    },
  })),
];
