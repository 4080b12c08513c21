import fs from "node:fs";
import path from "node:path";
import { isAlive, waitForExit } from "../services/ports";
import { say } from "./console";

/**
 * Web and workers pids of the running supervisor, kept in DATA_DIR. If the supervisor was killed
 * hard (SIGKILL, power loss), the next start finds its children still running and stops them.
 */
function file(dataDir: string) {
  return path.join(dataDir, "run", "children.json");
}

export async function stopLeftoverChildren(dataDir: string): Promise<void> {
  const f = file(dataDir);
  if (!fs.existsSync(f)) return;
  const pids = (JSON.parse(fs.readFileSync(f, "utf8")) as { pids?: number[] }).pids ?? [];
  for (const pid of pids) {
    if (!isAlive(pid) || !isOurs(pid)) continue;
    say(`stopping process group ${pid} left running by an earlier start`);
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      continue;
    }
    if (!(await waitForExit(pid, 8_000))) process.kill(-pid, "SIGKILL");
  }
  fs.rmSync(f, { force: true });
}

/** Only a process running our web or workers entry point is ours to stop (pids are reused). */
function isOurs(pid: number): boolean {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmd.includes("next") || cmd.includes("workers/index.ts");
  } catch {
    return false;
  }
}

export function recordChildren(dataDir: string, pids: number[]): void {
  fs.mkdirSync(path.dirname(file(dataDir)), { recursive: true });
  // Written whole, then renamed: a tool reading it while a child is restarted never sees it half written.
  const partial = `${file(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(partial, JSON.stringify({ pids }) + "\n");
  fs.renameSync(partial, file(dataDir));
}

export function forgetChildren(dataDir: string): void {
  fs.rmSync(file(dataDir), { force: true });
  fs.rmSync(path.join(dataDir, "run", "env.json"), { force: true });
}

/**
 * The environment given to web and workers, for tools that attach to a running instance (integration
 * tests, CLIs). Holds secrets: mode 600 inside DATA_DIR.
 */
export function writeRuntimeEnv(dataDir: string, env: Record<string, string>): void {
  const f = path.join(dataDir, "run", "env.json");
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, JSON.stringify(env, null, 2) + "\n", { mode: 0o600 });
}
