import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, pool } from "@/lib/db/client";
import { copyOut } from "./copy-out";

afterAll(() => closeDb());

describe("COPY TO STDOUT as a stream", () => {
  it("streams every row to a slow reader, and leaves the client usable for its next query", async () => {
    const client = await pool().connect();
    try {
      // The pause must be undone even when the last rows and the end of the COPY come in one read after
      // a push that said "stop": rounds of different sizes make that happen.
      for (let round = 0; round < 12; round++) {
        const rows = 20_000 + round * 777;
        let bytes = 0;
        let lines = 0;
        for await (const chunk of copyOut(client, `select g, repeat('x', 200) from generate_series(1, ${rows}) g`)) {
          bytes += (chunk as Buffer).length;
          for (const b of chunk as Buffer) if (b === 10) lines++;
          await sleep(15); // slower than the server: the socket is paused and resumed
        }
        expect(lines).toBe(rows);
        expect(bytes).toBeGreaterThan(rows * 200);
        // The answer to the next query must be read (the socket must not stay paused after the COPY).
        const answer = await Promise.race([client.query("select 42 as n"), sleep(5_000).then(() => null)]);
        expect(answer?.rows[0]).toEqual({ n: 42 });
      }
    } finally {
      client.release();
    }
  });

  it("a failing query ends the stream with the error, and the client still answers", async () => {
    const client = await pool().connect();
    try {
      await expect(async () => {
        for await (const _ of copyOut(client, "select 1/0")) void _;
      }).rejects.toThrow(/division by zero/);
      expect((await client.query("select 1 as n")).rows[0]).toEqual({ n: 1 });
    } finally {
      client.release();
    }
  });
});
