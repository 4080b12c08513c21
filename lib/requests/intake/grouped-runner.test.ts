import { describe, expect, it } from "vitest";
import { groupedRunner, type Waiting } from "./grouped-runner";

/** A runner that doubles numbers, records each group it ran, and lets the test finish groups by hand. */
function doubling(limits: { concurrency: number; max: number }) {
  const groups: number[][] = [];
  const finish: (() => void)[] = [];
  const run = groupedRunner<object, number, number>(
    (_key, group: Waiting<number, number>[]) =>
      new Promise<void>((done) => {
        groups.push(group.map((w) => w.item));
        finish.push(() => {
          for (const w of group) {
            if (w.item < 0) w.reject(new Error(`negative ${w.item}`));
            else w.resolve(w.item * 2);
          }
          done();
        });
      }),
    () => limits,
  );
  return { run, groups, finish };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("groupedRunner", () => {
  it("runs an item at once while fewer groups than the concurrency are under way", async () => {
    const { run, groups, finish } = doubling({ concurrency: 2, max: 10 });
    const key = {};
    const a = run(key, 1);
    const b = run(key, 2);
    expect(groups).toEqual([[1], [2]]);
    finish.forEach((f) => f());
    expect(await Promise.all([a, b])).toEqual([2, 4]);
  });

  it("groups the items that arrive while the groups are busy, at most `max` at a time, in order", async () => {
    const { run, groups, finish } = doubling({ concurrency: 1, max: 3 });
    const key = {};
    const answers = [1, 2, 3, 4, 5, 6].map((n) => run(key, n));
    expect(groups).toEqual([[1]]);
    finish[0]!();
    await tick();
    expect(groups).toEqual([[1], [2, 3, 4]]);
    finish[1]!();
    await tick();
    expect(groups).toEqual([[1], [2, 3, 4], [5, 6]]);
    finish[2]!();
    expect(await Promise.all(answers)).toEqual([2, 4, 6, 8, 10, 12]);
  });

  it("answers each caller of a group by its own outcome", async () => {
    const { run, finish } = doubling({ concurrency: 1, max: 10 });
    const key = {};
    const first = run(key, 1);
    const [ok, refused] = [run(key, 3), run(key, -1)];
    finish[0]!();
    await tick();
    finish[1]!();
    expect(await first).toBe(2);
    expect(await ok).toBe(6);
    await expect(refused).rejects.toThrow("negative -1");
  });

  it("rejects every caller a throwing group left unanswered, and keeps serving later items", async () => {
    let calls = 0;
    const run = groupedRunner<object, number, number>(
      async (_key, group) => {
        calls += 1;
        if (calls === 1) throw new Error("statement failed");
        group.forEach((w) => w.resolve(w.item));
      },
      () => ({ concurrency: 1, max: 10 }),
    );
    const key = {};
    await expect(run(key, 1)).rejects.toThrow("statement failed");
    expect(await run(key, 7)).toBe(7);
  });

  it("never puts items of different keys in one group", async () => {
    const { run, groups, finish } = doubling({ concurrency: 1, max: 10 });
    const [k1, k2] = [{}, {}];
    const answers = [run(k1, 1), run(k2, 2), run(k1, 3), run(k2, 4)];
    expect(groups).toEqual([[1], [2]]);
    finish[0]!();
    finish[1]!();
    await tick();
    expect(groups).toEqual([[1], [2], [3], [4]]);
    finish[2]!();
    finish[3]!();
    expect(await Promise.all(answers)).toEqual([2, 4, 6, 8]);
  });
});
