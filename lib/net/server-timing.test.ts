import { afterEach, describe, expect, it, vi } from "vitest";
import { currentTimings, runWithTimings, serverTimingHeader, timed } from "./server-timing";

describe("server timing", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("records each phase of the request it runs in, and nothing outside one", async () => {
    vi.stubEnv("SERVER_TIMING_CPU", "1");
    expect(await timed("outside", async () => 1)).toBe(1);
    expect(currentTimings()).toBeUndefined();
    const header = await runWithTimings(async () => {
      await timed("auth", async () => new Promise((r) => setTimeout(r, 5)));
      await Promise.all([timed("db.list", async () => 2), timed("db.list", async () => 3)]);
      await timed("bad name!", async () => 4);
      return serverTimingHeader(currentTimings()!);
    });
    const parts = header.split(", ");
    expect(parts[0]).toMatch(/^auth;dur=\d+\.\d$/);
    expect(Number(parts[0]!.split("dur=")[1])).toBeGreaterThanOrEqual(4);
    expect(parts[1]).toMatch(/^db\.list;desc="x2";dur=\d+\.\d$/);
    expect(parts[2]).toMatch(/^bad_name_;dur=/);
    expect(parts[3]).toMatch(/^render;dur=\d+\.\d$/);
    expect(parts[4]).toMatch(/^total;dur=\d+\.\d$/);
    expect(parts[5]).toMatch(/^cpu;dur=\d+\.\d$/);
  });

  it("reads the process's CPU time only when SERVER_TIMING_CPU=1", async () => {
    vi.stubEnv("SERVER_TIMING_CPU", "");
    const header = await runWithTimings(async () => serverTimingHeader(currentTimings()!));
    expect(header).toMatch(/^render;dur=\d+\.\d, total;dur=\d+\.\d$/);
    expect(currentTimings()).toBeUndefined();
  });

  it("keeps concurrent requests apart", async () => {
    const [a, b] = await Promise.all([
      runWithTimings(async () => {
        await timed("a", async () => new Promise((r) => setTimeout(r, 3)));
        return currentTimings()!.entries.map((e) => e.name);
      }),
      runWithTimings(async () => {
        await timed("b", async () => undefined);
        return currentTimings()!.entries.map((e) => e.name);
      }),
    ]);
    expect(a).toEqual(["a"]);
    expect(b).toEqual(["b"]);
  });
});
