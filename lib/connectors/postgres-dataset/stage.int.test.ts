import { afterAll, expect, it } from "vitest";
import { closeDb, db, pool } from "@/lib/db/client";
import { deleteCollectedOfRequest, listCollectedSets } from "@/lib/db/queries/collected-data";
import { listTasks } from "@/lib/db/queries/tasks";
import { packageSets } from "@/lib/fulfilment/engine/package-sets";
import { shopCustomerWithOrders, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { copyOut } from "./copy-out";
import { demoShopDataset } from "./demo-shop.dataset";
import { stageDataset, subjectSelect } from "./stage";

afterAll(() => closeDb());

it("stages a subject's rows in several batches and streams them back exactly as a plain COPY gives them", async () => {
  // 20,000 orders and 40,000 lines: about 2 MiB of each, so every big set spans several staged batches.
  const customer = await shopCustomerWithOrders(20_000);
  const requestId = await verifiedRequest({ type: "access", email: customer.email });
  const { rows } = await pool().query<{ id: string }>(
    `insert into request_tasks (request_id, operation, position, status) values ($1, 'collect', 0, 'succeeded') returning id`,
    [requestId],
  );
  const taskId = rows[0]!.id;
  try {
    const counts = await stageDataset(pool(), demoShopDataset, { email: customer.email }, { taskId, requestId });
    expect(counts["shop.orders"]).toBe(20_000);
    expect(counts["shop.order_items"]).toBe(40_000);
    const staged = await listCollectedSets(db(), { taskIds: [taskId] });
    const { rows: batches } = await pool().query<{ set_index: number; n: number }>(
      "select set_index, count(*)::int as n from collected_batches where task_id = $1 group by set_index",
      [taskId],
    );
    expect(batches.find((b) => b.set_index === 2)!.n).toBeGreaterThan(1);
    const sets = await packageSets(db(), await listTasks(db(), { requestId }), new Map());
    expect(sets.map((s) => s.name)).toEqual(staged.map((s) => s.name));
    const client = await pool().connect();
    try {
      for (const [i, t] of demoShopDataset.tables.entries()) {
        let expected = "";
        for await (const chunk of copyOut(
          client,
          subjectSelect(demoShopDataset, t, client.escapeLiteral(customer.email)),
        ))
          expected += (chunk as Buffer).toString("utf8");
        let read = "";
        let next = 0;
        for await (const b of sets[i]!.batches()) {
          expect(b.firstRow).toBe(next);
          next += b.rowCount!;
          read += b.copyText;
        }
        expect(read).toBe(expected);
        expect(next).toBe(sets[i]!.rowCount);
      }
      // A reader that stops after the first batch (a preview) leaves nothing open behind it.
      for await (const b of sets[2]!.batches()) {
        expect(b.firstRow).toBe(0);
        break;
      }
      expect(pool().totalCount - pool().idleCount).toBe(1);
    } finally {
      client.release();
    }
  } finally {
    await deleteCollectedOfRequest(db(), { requestId });
  }
}, 120_000);
