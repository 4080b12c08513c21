import { describe, expect, it } from "vitest";
import { InOrder } from "./in-order";

const later = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe("InOrder", () => {
  it("runs tasks one after the other in the order added, the caller waiting only past `ahead` queued", async () => {
    const q = new InOrder(2);
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}+`);
      await later(ms);
      log.push(`${name}-`);
    };
    await q.add(task("a", 30));
    await q.add(task("b", 5));
    log.push("caller after b"); // two queued: no wait
    await q.add(task("c", 5)); // three queued: waits for a
    log.push("caller after c");
    await q.settled();
    expect(log).toEqual(["a+", "caller after b", "a-", "b+", "caller after c", "b-", "c+", "c-"]);
  });

  it("fails every task after a failure and throws it from settled", async () => {
    const q = new InOrder(5);
    const ran: string[] = [];
    await q.add(async () => {
      throw new Error("disk full");
    });
    await q.add(async () => {
      ran.push("after");
    });
    await expect(q.settled()).rejects.toThrow("disk full");
    expect(ran).toEqual([]);
  });
});
