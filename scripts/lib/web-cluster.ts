import cluster from "node:cluster";
import os from "node:os";

/**
 * How many web processes serve the port: WEB_PROCESSES, by default one per two cores (at most 4; one in
 * dev, where hot reload wants a single compiler). One Node process runs its JavaScript on one core; the
 * other cores go to PostgreSQL and the workers, which with the web's ~2 ms per intake need as much. Measured
 * on 2 cores (README, bench:intake): a second web process cost more CPU per intake on both sides (each
 * process groups only its own intakes, and the primary hands every connection over), so 2 cores get one.
 */
export function webProcessCount(dev: boolean, value = process.env.WEB_PROCESSES): number {
  const n = Number(value);
  if (value && Number.isInteger(n) && n >= 1) return Math.min(n, 64);
  return dev ? 1 : Math.max(1, Math.min(Math.floor(os.availableParallelism() / 2), 4));
}

/**
 * The primary of several web processes (node:cluster: they share the listening socket, the primary
 * hands out connections). It runs no app itself. A process that dies after it was listening is started
 * again; one that dies before (a missing build, a bad setting) ends the primary with its code, so the
 * supervisor's back-off applies (scripts/start.ts). SIGTERM/SIGINT go to every process, which drain
 * (scripts/next-server.ts); SIGUSR2 (CPU profile) too. A process whose primary is gone exits by itself
 * (node:cluster ends a worker whose channel to the primary closes).
 */
export function runWebPrimary(count: number, drainMs: number): void {
  let stopping = false;
  const listening = new Set<number>();
  const fork = () => {
    const worker = cluster.fork();
    worker.on("listening", () => listening.add(worker.id));
  };
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    const wasListening = listening.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!wasListening) {
      console.error(`web process ${worker.process.pid} exited before listening (${signal ?? code})`);
      stopAll();
      process.exit(typeof code === "number" && code !== 0 ? code : 1);
    }
    console.error(`web process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => !stopping && fork(), 500);
  });
  const stopAll = (signal: NodeJS.Signals = "SIGTERM") => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopAll();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    setTimeout(() => process.exit(0), drainMs + 500).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (process.env.WEB_CPU_PROFILE_DIR) process.on("SIGUSR2", () => stopAll("SIGUSR2"));
}
