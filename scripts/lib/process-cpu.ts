import fs from "node:fs";
import path from "node:path";

/** The fields after the command name (pid and comm dropped: field 3 is index 0). */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** The live children of a process (from /proc/<pid>/stat's parent field). */
function childrenOf(parent: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (/^\d+$/.test(entry) && Number(statFields(Number(entry))?.[1]) === parent) found.push(Number(entry));
  }
  return found;
}

/**
 * The running instance's processes (DATA_DIR/run/children.json, DATA_DIR/postgres/postmaster.pid,
 * DATA_DIR/redis/redis.pid), as CPU nanoseconds so far (`cpuNs`): `webNs()` sums the web process and its
 * children (the web processes it forks, WEB_PROCESSES), `postgresNs()` the postmaster and its children
 * (live backends, and those that exited, through the postmaster's cutime/cstime: familyCpuNs), `workersNs()` the workers process, `redisNs()` the
 * embedded redis-server, `supervisorNs()` the supervisor (`npm start`'s process, which runs the embedded SMTP
 * sink: the dev mailbox's stand-in for a mail server). Each is null when its process is not found.
 */
export function instanceProcesses() {
  const dataDir = process.env.DSR_RUNTIME_ENV
    ? path.dirname(path.dirname(process.env.DSR_RUNTIME_ENV))
    : path.resolve(process.env.DATA_DIR ?? ".data");
  const read = (f: string) => {
    try {
      return fs.readFileSync(path.join(dataDir, f), "utf8");
    } catch {
      return null;
    }
  };
  const web = findWebPid(dataDir);
  const postmaster = Number(read("postgres/postmaster.pid")?.split("\n")[0]) || null;
  const redis = Number(read("redis/redis.pid")?.trim()) || null;
  const supervisor = web ? Number(statFields(web)?.[1]) || null : null;
  const family = (root: number | null) => (root ? familyCpuNs(root) : null);
  const one = (pid: number | null) => (pid ? cpuNs(pid) : null);
  // The workers process is started again after a crash: look it up on every reading.
  const workers = () => findChildPid(dataDir, "workers/index.ts");
  return {
    web,
    postmaster,
    redis,
    supervisor,
    workers,
    webNs: () => family(web),
    postgresNs: () => family(postmaster),
    workersNs: () => one(workers()),
    redisNs: () => one(redis),
    supervisorNs: () => one(supervisor),
  };
}

/** The web process of the instance whose data directory is `dataDir` (its run/children.json), or null. */
export function findWebPid(dataDir: string): number | null {
  return findChildPid(dataDir, "next-server.ts");
}

/** The supervised child of that instance whose command line has an argument ending in `entry`, or null. */
function findChildPid(dataDir: string, entry: string): number | null {
  const file = path.join(dataDir, "run", "children.json");
  if (!fs.existsSync(file)) return null;
  let pids: number[];
  try {
    pids = (JSON.parse(fs.readFileSync(file, "utf8")) as { pids?: number[] }).pids ?? [];
  } catch {
    return null; // Being rewritten.
  }
  for (const pid of pids) {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (argv.some((a) => a.endsWith(entry))) return pid;
    } catch {
      // Gone, or not Linux.
    }
  }
  return null;
}

/**
 * Nanoseconds of CPU the process has used so far, all its threads (main, GC helpers, libuv pool)
 * summed from /proc/<pid>/task/<tid>/schedstat (nanosecond resolution, unlike /proc/<pid>/stat's
 * 10 ms ticks). A thread that ended between two readings takes its time with it: Node keeps its
 * threads for the process's life, so for the web process the difference is the work done in between.
 */
export function cpuNs(pid: number): number {
  let total = 0;
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0; // The process ended.
  }
  for (const tid of tids) {
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // The thread ended while being read.
    }
  }
  return total;
}

/** Linux reports cutime/cstime in USER_HZ ticks, 100 a second on every architecture Node runs on. */
const NS_PER_TICK = 1e9 / 100;

/**
 * CPU nanoseconds of a process, its live children and its children that have exited and been waited for
 * (the kernel adds those to the parent's cutime/cstime when it reaps them). Without the last term a
 * PostgreSQL backend that ended between two readings took its time with it: the difference over a burst
 * could come out negative (a short-lived connection counted in the first reading, gone from the second).
 * The reaped part has 10 ms resolution, against the nanoseconds of the live part.
 */
export function familyCpuNs(root: number): number {
  const f = statFields(root);
  const reaped = f ? (Number(f[13]) + Number(f[14])) * NS_PER_TICK : 0;
  return cpuNsOf([root, ...childrenOf(root)]) + reaped;
}

/** `cpuNs` summed over processes (CPU time of other processes on Linux, for benches that measure what a
 * call costs rather than wall time, which on a shared machine is mostly waiting for a core). */
export function cpuNsOf(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + cpuNs(pid), 0);
}
