import { spawn, type ChildProcess } from "node:child_process";

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Starts a child in its own process group: Ctrl-C reaches only the supervisor, which then stops
 * web and workers before the services they need, in that order.
 */
export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { name, process: child, exited };
}

export async function stopChild(child: Child, timeoutMs = 8_000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  try {
    process.kill(-child.process.pid!, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.process.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }, timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

/** Last resort when the supervisor exits abruptly: leave no child behind. */
export function killAllSync(children: Child[]): void {
  for (const c of children) {
    try {
      process.kill(-c.process.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
}
