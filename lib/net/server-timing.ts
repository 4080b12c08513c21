import { AsyncLocalStorage } from "node:async_hooks";

/**
 * `Server-Timing` for the staff pages: each phase of a request (session, each query, render) is
 * recorded in an AsyncLocalStorage that the web server (scripts/next-server.ts) opens around Next's
 * handler, and written as one response header when Next writes its head — so the browser's network
 * panel and `npm run bench:queue` see where the time goes. Outside such a request, `timed` just runs.
 * The store lives on globalThis: the web server and Next's compiled bundle each load their own copy
 * of this module.
 */
export interface TimingEntry {
  name: string;
  ms: number;
  /** performance.now() when the phase ended. */
  end: number;
}
export interface TimingRecord {
  start: number;
  /** process.cpuUsage() when the request began (only with SERVER_TIMING_CPU=1). */
  cpu?: NodeJS.CpuUsage;
  entries: TimingEntry[];
}

const KEY = "__dsrServerTiming";
const store = ((globalThis as Record<string, unknown>)[KEY] ??=
  new AsyncLocalStorage<TimingRecord>()) as AsyncLocalStorage<TimingRecord>;

/**
 * `cpu` is opt-in (SERVER_TIMING_CPU=1): process.cpuUsage() is a getrusage over every thread of the
 * process, and its two calls were 4.5 % of the web process's busy time in a profile of 1,500 queue
 * pages (2 Dec 2026) — paid on every staff page for a figure only a bench run reads.
 */
const recordCpu = () => process.env.SERVER_TIMING_CPU === "1";

export function runWithTimings<T>(fn: () => T): T {
  const record: TimingRecord = { start: performance.now(), entries: [] };
  if (recordCpu()) record.cpu = process.cpuUsage();
  return store.run(record, fn);
}

export function currentTimings(): TimingRecord | undefined {
  return store.getStore();
}

/** Runs `fn`, recording its duration under `name` (a token: letters, digits, "-", "_", "."). */
export async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const record = store.getStore();
  if (!record) return fn();
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    const end = performance.now();
    record.entries.push({ name, ms: end - t0, end });
  }
}

/**
 * The header value: each phase, then `render` (last phase's end to head written: React rendering and
 * whatever was not wrapped) and `total` (handler start to head written). A name recorded more than
 * once (the same query in two components) is summed, with its count in the description. `cpu` (with
 * SERVER_TIMING_CPU=1): the web process's CPU time over the same span (all its work, so only meaningful
 * for requests one at a time, as `npm run bench:queue` sends them).
 */
export function serverTimingHeader(record: TimingRecord, now = performance.now()): string {
  const byName = new Map<string, { ms: number; n: number }>();
  for (const e of record.entries) {
    const name = e.name.replace(/[^A-Za-z0-9_.-]/g, "_");
    const prev = byName.get(name) ?? { ms: 0, n: 0 };
    byName.set(name, { ms: prev.ms + e.ms, n: prev.n + 1 });
  }
  const parts = [...byName].map(([name, v]) => `${name};${v.n > 1 ? `desc="x${v.n}";` : ""}dur=${v.ms.toFixed(1)}`);
  const lastEnd = Math.max(record.start, ...record.entries.map((e) => e.end));
  parts.push(`render;dur=${(now - lastEnd).toFixed(1)}`);
  parts.push(`total;dur=${(now - record.start).toFixed(1)}`);
  if (record.cpu) {
    const used = process.cpuUsage(record.cpu);
    parts.push(`cpu;dur=${((used.user + used.system) / 1000).toFixed(1)}`);
  }
  return parts.join(", ");
}
