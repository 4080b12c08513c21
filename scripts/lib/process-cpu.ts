import fs from "node:fs";
import path from "node:path";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User + system CPU of these processes so far, in ms (/proc/<pid>/stat fields 14 and 15). */
export function cpuMs(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (fields) total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }
  return total;
}

/** The fields after the command name (pid and comm dropped: field 3 is index 0). */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * The running instance's web process (from DATA_DIR/run/children.json, the one running next-server) and
 * its PostgreSQL server (DATA_DIR/postgres/postmaster.pid): `postgres()` sums the postmaster's and its
 * live children's CPU (backends that exited in between are not counted).
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
  const children = read("run/children.json");
  const pids = children ? ((JSON.parse(children) as { pids?: number[] }).pids ?? []) : [];
  const web =
    pids.find((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next-server");
      } catch {
        return false;
      }
    }) ?? null;
  const postmaster = Number(read("postgres/postmaster.pid")?.split("\n")[0]) || null;
  const postgres = () => {
    if (!postmaster) return null;
    const family = [postmaster];
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      if (Number(statFields(Number(entry))?.[1]) === postmaster) family.push(Number(entry));
    }
    return cpuMs(family);
  };
  return { web, postmaster, postgres };
}
