import fs from "node:fs";
import path from "node:path";

/**
 * CPU time of another process on Linux, for benches that measure what a page costs the web process
 * rather than wall time (which on a shared machine is mostly waiting for a core).
 */

/** The web process of the instance whose data directory is `dataDir` (its run/children.json), or null. */
export function findWebPid(dataDir: string): number | null {
  const file = path.join(dataDir, "run", "children.json");
  if (!fs.existsSync(file)) return null;
  const pids = (JSON.parse(fs.readFileSync(file, "utf8")) as { pids?: number[] }).pids ?? [];
  for (const pid of pids) {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (argv.some((a) => a.endsWith("next-server.ts"))) return pid;
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
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // The thread ended while being read.
    }
  }
  return total;
}
