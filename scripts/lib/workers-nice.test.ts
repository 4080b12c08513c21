import { describe, expect, it } from "vitest";
import { niced, workersNice } from "./workers-nice";

describe("WORKERS_NICE", () => {
  it("defaults to 0 and runs the command as it is", () => {
    expect(workersNice(undefined)).toBe(0);
    expect(workersNice("")).toBe(0);
    expect(niced(0, "/usr/bin/node", ["workers/index.ts"])).toEqual(["/usr/bin/node", ["workers/index.ts"]]);
  });

  it("runs the whole process through nice(1) above 0", () => {
    expect(workersNice("10")).toBe(10);
    expect(niced(10, "/usr/bin/node", ["--import", "tsx", "workers/index.ts"])).toEqual([
      "nice",
      ["-n", "10", "/usr/bin/node", "--import", "tsx", "workers/index.ts"],
    ]);
  });

  it("refuses a value outside 0–19", () => {
    for (const bad of ["-1", "20", "1.5", "high"]) expect(() => workersNice(bad)).toThrow(/WORKERS_NICE/);
  });
});
