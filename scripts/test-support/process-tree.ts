import fs from "node:fs";

/** A process as /proc shows it: its start time (in clock ticks since boot) tells a reused pid apart. */
export type Proc = { pid: number; ppid: number; start: string; cmd: string };

function readProc(pid: number): Proc | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name sits in parentheses and may hold spaces: the fields after it are split from its end.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (rest[0] === "Z" || rest[0] === "X") return null; // exited, not yet reaped: gone for our purpose
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
    return { pid, ppid: Number(rest[1]), start: rest[19]!, cmd };
  } catch {
    return null;
  }
}

function allProcs(): Proc[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => p !== null);
}

/** `root` and every process below it (children, their children…), as they run now. */
export function processTree(root: number): Proc[] {
  const procs = allProcs();
  const tree: Proc[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const proc = procs.find((p) => p.pid === pid);
    if (!proc) continue;
    tree.push(proc);
    for (const child of procs) if (child.ppid === pid) queue.push(child.pid);
  }
  return tree;
}

/** Whether this very process still runs (same pid and the same start time: not a pid reused since). */
export function stillRuns(proc: Proc): boolean {
  const now = readProc(proc.pid);
  return now !== null && now.start === proc.start;
}

/** Kills what is left of a tree (test clean-up): each process, then its group. */
export function killTree(tree: Proc[]): void {
  for (const proc of tree.filter(stillRuns)) {
    for (const target of [proc.pid, -proc.pid]) {
      try {
        process.kill(target, "SIGKILL");
      } catch {
        /* gone, or not a group leader */
      }
    }
  }
}
