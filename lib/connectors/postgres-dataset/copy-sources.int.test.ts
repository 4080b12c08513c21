import type { Readable } from "node:stream";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { closeDb, db, pool as appPool } from "@/lib/db/client";
import { deleteCollectedOfRequest } from "@/lib/db/queries/collected-data";
import { env } from "@/lib/env";
import { shopCustomerWithOrders, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { CopySources } from "./copy-sources";
import { demoShopDataset } from "./demo-shop.dataset";
import { stageDataset } from "./stage";

const pools: pg.Pool[] = [];
const poolOf = (max: number) => {
  const p = new pg.Pool({ connectionString: env().DATABASE_URL, max });
  pools.push(p);
  return p;
};
afterAll(async () => {
  for (const p of pools) await p.end();
  await closeDb();
});

const text = async (rows: Readable) => {
  let out = "";
  for await (const chunk of rows) out += (chunk as Buffer).toString("utf8");
  return out;
};
const held = (p: pg.Pool) => p.totalCount - p.idleCount;

it("reads each set in order while the next one's statement already runs on a spare connection, and gives every connection back", async () => {
  const p = poolOf(4);
  const selects = [0, 1, 2].map((i) => `select g, 'set ${i}' from generate_series(1, 3) g`);
  const sources = new CopySources(p, await p.connect(), selects);
  const first = await sources.rows(0);
  // Set 1 was started ahead: two connections taken, the first one's COPY and set 1's.
  await new Promise((r) => setTimeout(r, 50));
  expect(p.totalCount).toBe(2);
  expect(await text(first)).toBe("1\tset 0\n2\tset 0\n3\tset 0\n");
  sources.done(0);
  expect(await text(await sources.rows(1))).toBe("1\tset 1\n2\tset 1\n3\tset 1\n");
  sources.done(1);
  expect(await text(await sources.rows(2))).toBe("1\tset 2\n2\tset 2\n3\tset 2\n");
  sources.done(2);
  await sources.close();
  expect(held(p)).toBe(0);
  expect(p.totalCount).toBe(2); // both reusable: they went back to the pool, not closed
});

it("fails with the statement's error, closes the connections left in the middle of a COPY, and the pool keeps working", async () => {
  const p = poolOf(4);
  const selects = ["select 1", "select 1 / (g - 2) from generate_series(1, 3) g", "select 3"];
  const sources = new CopySources(p, await p.connect(), selects);
  expect(await text(await sources.rows(0))).toBe("1\n");
  sources.done(0);
  await expect(text(await sources.rows(1))).rejects.toThrow(/division by zero/);
  // Set 2 was opened ahead and is never read.
  await sources.close();
  expect(held(p)).toBe(0);
  const { rows } = await p.query<{ n: number }>("select 41 + 1 as n");
  expect(rows[0]!.n).toBe(42);
});

it("stages the same rows with a pool that has no connection to spare (one set at a time)", async () => {
  const customer = await shopCustomerWithOrders(300);
  const requestId = await verifiedRequest({ type: "access", email: customer.email });
  const { rows } = await appPool().query<{ id: string }>(
    `insert into request_tasks (request_id, operation, position, status) values ($1, 'collect', 0, 'succeeded') returning id`,
    [requestId],
  );
  try {
    const one = poolOf(1);
    const counts = await stageDataset(
      one,
      demoShopDataset,
      { email: customer.email },
      { taskId: rows[0]!.id, requestId },
    );
    expect(counts["shop.orders"]).toBe(300);
    expect(counts["shop.order_items"]).toBe(600);
    expect(held(one)).toBe(0);
  } finally {
    await deleteCollectedOfRequest(db(), { requestId });
  }
});
