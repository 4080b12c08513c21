import { describe, expect, it } from "vitest";
import { failuresAfterExit, restartDelayMs } from "./restart-backoff";

// README: "npm start's supervisor restarts the web or the workers whenever they exit, with a pause that grows
// while they keep dying, and never stops the product because of it."
describe("the supervisor's restart pause", () => {
  it("grows from 0.5 s, doubling, to at most 30 s while the process keeps dying, and never gives up", () => {
    let failures = 0;
    const pauses: number[] = [];
    for (let exit = 0; exit < 10; exit++) {
      failures = failuresAfterExit(failures, 2_000);
      pauses.push(restartDelayMs(failures));
    }
    expect(pauses).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it("starts again from 0.5 s once a process ran a minute or more", () => {
    expect(failuresAfterExit(6, 59_999)).toBe(7);
    expect(failuresAfterExit(6, 60_000)).toBe(0);
    // A long-lived process that then dies right away counts as a first quick death again.
    expect(restartDelayMs(failuresAfterExit(0, 1_000))).toBe(500);
  });
});
