/**
 * WORKERS_NICE: the workers' OS priority (nice 0–19, default 0). Above 0, the web and PostgreSQL go first
 * when both want the cores (a burst of intake), and the workers' mail and fulfilment catch up after.
 */
export function workersNice(value = process.env.WORKERS_NICE): number {
  const n = Number(value || 0);
  if (!Number.isInteger(n) || n < 0 || n > 19)
    throw new Error(`WORKERS_NICE must be an integer from 0 to 19, not ${value}`);
  return n;
}

/** The command and arguments that run `command` at niceness `nice` (whole process, every thread), via nice(1). */
export function niced(nice: number, command: string, args: string[]): [string, string[]] {
  return nice > 0 ? ["nice", ["-n", String(nice), command, ...args]] : [command, args];
}
