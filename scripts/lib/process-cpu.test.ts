import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cpuNsOf, familyCpuNs } from "./process-cpu";

const burn = (ms: number) =>
  spawnSync(process.execPath, ["-e", `while (process.cpuUsage().user < ${ms * 1000});`], { stdio: "ignore" });

describe("familyCpuNs", () => {
  it("keeps the CPU of a child that exited between two readings", () => {
    const before = familyCpuNs(process.pid);
    const beforeLive = cpuNsOf([process.pid]);
    burn(150);
    const after = familyCpuNs(process.pid);
    const afterLive = cpuNsOf([process.pid]);
    // The child's 150 ms of CPU (or more) is counted (reaped), beyond what this process itself spent meanwhile.
    expect(after - before - (afterLive - beforeLive)).toBeGreaterThan(100e6);
  }, 30_000);
});
