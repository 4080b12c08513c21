import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { unzipSync } from "fflate";
import { afterAll, expect, it } from "vitest";
import { demoShopDataset } from "@/lib/connectors/postgres-dataset/demo-shop.dataset";
import { stageDataset } from "@/lib/connectors/postgres-dataset/stage";
import { closeDb, db, pool } from "@/lib/db/client";
import { deleteCollectedOfRequest } from "@/lib/db/queries/collected-data";
import { listTasks } from "@/lib/db/queries/tasks";
import { shopCustomerWithOrders, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { buildPackage, type PackageInput } from "./build-package";
import { inlineSet, packageSets } from "./engine/package-sets";
import { canSplice } from "./spliced-package";

afterAll(() => closeDb());

const zipOf = async (p: PackageInput) => buffer(buildPackage(p));

it("a package put together from the parts the collect step deflated unzips to the same files as one written row by row", async () => {
  // 15,000 orders and 30,000 lines: several staged batches per large set, and more than 1 MiB of
  // deflated data.json rows for the order lines (two staged parts).
  const customer = await shopCustomerWithOrders(15_000);
  const requestId = await verifiedRequest({ type: "access", email: customer.email });
  const { rows } = await pool().query<{ id: string }>(
    `insert into request_tasks (request_id, operation, position, status) values ($1, 'collect', 0, 'succeeded') returning id`,
    [requestId],
  );
  try {
    await stageDataset(pool(), demoShopDataset, { email: customer.email }, { taskId: rows[0]!.id, requestId });
    const staged = await packageSets(db(), await listTasks(db(), { requestId }), new Map());
    expect(staged.every((s) => s.packed)).toBe(true);
    const note = inlineSet(
      {
        name: "crm",
        category: "Notes",
        providedBySubject: false,
        columns: ["note"],
        rows: [{ note: 'a "quoted"\tnote' }],
      },
      "CRM",
    );
    const generatedAt = new Date("2026-11-30T20:00:00Z");
    const base = {
      locale: "fr" as const,
      reference: "DSR-SPLICE",
      generatedAt,
      reportHtml: "<p>r</p>",
      reportText: "r",
    };
    for (const kind of ["access", "portability"] as const) {
      const sets = [...staged, note];
      expect(canSplice(sets, new Map())).toBe(true);
      const spliced = await zipOf({ ...base, kind, sets });
      // The same sets without their parts: every row read back from the staging table and written now.
      const rowByRow = await zipOf({ ...base, kind, sets: sets.map((s) => ({ ...s, packed: null })) });
      const a = unzipSync(new Uint8Array(spliced));
      const b = unzipSync(new Uint8Array(rowByRow));
      expect(Object.keys(a)).toEqual(Object.keys(b));
      for (const name of Object.keys(b)) expect(Buffer.from(a[name]!).equals(Buffer.from(b[name]!)), name).toBe(true);
      expect(a["shop.order_items.csv"]).toBeDefined();
      // Another reader checks every CRC and the deflate streams (Python's zipfile).
      const file = path.join(os.tmpdir(), `spliced-${process.pid}-${kind}.zip`);
      fs.writeFileSync(file, spliced);
      const check = spawnSync("python3", [
        "-c",
        "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())",
        file,
      ]);
      fs.rmSync(file);
      expect(check.stdout.toString().trim()).toBe("None");
    }
    const json = JSON.parse(
      Buffer.from(
        unzipSync(new Uint8Array(await zipOf({ ...base, kind: "access", sets: staged })))["data.json"]!,
      ).toString(),
    ) as { recordSets: { name: string; rows: unknown[] }[] };
    expect(json.recordSets.find((s) => s.name === "shop.order_items")!.rows).toHaveLength(30_000);
    // An excluded row: that package is written row by row (its text differs from the parts).
    const drops = new Map([["shop.orders", new Set([3])]]);
    expect(canSplice(staged, drops)).toBe(false);
  } finally {
    await deleteCollectedOfRequest(db(), { requestId });
  }
}, 180_000);
