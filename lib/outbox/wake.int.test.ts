import { afterAll, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { announceOutbox, outboxWaker } from "./wake";

afterAll(() => closeDb());

const quiet = { warn: () => undefined };

it("a relay's sleep ends when a transaction that queued a job commits, not before, and not at the poll", async () => {
  const waker = outboxWaker(quiet);
  try {
    // The listener announces itself once connected (rows committed meanwhile are looked for): consume that.
    await waker.sleep(5_000);
    const began = Date.now();
    let ended = 0;
    const sleeping = waker.sleep(30_000).then(() => (ended = Date.now()));
    await db().transaction(async (tx) => {
      await announceOutbox(tx);
      // Delivered at commit only: the sleeper is still asleep inside the transaction.
      await new Promise((r) => setTimeout(r, 300));
      expect(ended).toBe(0);
    });
    await sleeping;
    expect(ended - began).toBeLessThan(5_000);
    // A rolled-back transaction announces nothing: the sleep runs its length.
    const t0 = Date.now();
    await db()
      .transaction(async (tx) => {
        await announceOutbox(tx);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await waker.sleep(700);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(650);
  } finally {
    await waker.stop();
  }
});
