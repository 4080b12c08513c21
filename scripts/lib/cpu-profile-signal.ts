import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";

/**
 * With WEB_CPU_PROFILE_DIR set, SIGUSR2 starts a V8 CPU profile of this process and the next SIGUSR2
 * writes it there (`web-<pid>-<time>.cpuprofile`, open it in Chrome DevTools or speedscope): a profile
 * of just the requests sent in between, without restarting the web process or attaching a debugger.
 */
export function profileOnSignal(dir = process.env.WEB_CPU_PROFILE_DIR): void {
  if (!dir) return;
  const session = new Session();
  session.connect();
  let running = false;
  process.on("SIGUSR2", () => {
    void (async () => {
      if (!running) {
        running = true;
        await session.post("Profiler.enable");
        await session.post("Profiler.setSamplingInterval", { interval: 200 });
        await session.post("Profiler.start");
        console.log("cpu profile started");
        return;
      }
      running = false;
      const { profile } = await session.post("Profiler.stop");
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `web-${process.pid}-${Date.now()}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      console.log(`cpu profile written to ${file}`);
    })();
  });
}
