import { buffer } from "node:stream/consumers";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { CollectedSet } from "@/lib/db/queries/collected-data";
import { buildPackage } from "@/lib/fulfilment/build-package";
import { jsonOfCopyFor } from "@/lib/exports/copy-batch";
import { stagedSet, type PackageSet } from "./package-sets";

/** A staged set whose batches are COPY texts held here instead of in the staging table. */
function memorySet(columns: CollectedSet["columns"], batches: string[]): PackageSet {
  const lines = (t: string) => t.split("\n").filter(Boolean).length;
  const firstRows = batches.map((_, i) => batches.slice(0, i).reduce((n, t) => n + lines(t), 0));
  const set: CollectedSet = {
    taskId: "t",
    setIndex: 0,
    name: "shop.orders",
    category: "Orders",
    providedBySubject: true,
    columns,
    rowCount: batches.reduce((n, t) => n + lines(t), 0),
    key: Buffer.alloc(32),
  };
  const batch = (seq: number) => ({
    firstRow: firstRows[seq]!,
    rows: lines(batches[seq]!),
    plaintext: Buffer.from(batches[seq]!),
  });
  return stagedSet(set, "Shop", set.name, {
    first: async () => (batches.length > 0 ? batch(0) : null),
    async *rest() {
      for (let seq = 1; seq < batches.length; seq++) yield batch(seq);
    },
  });
}

async function files(set: PackageSet, exclusions: { set: string; index: number; reason: string }[] = []) {
  const zip = await buffer(
    buildPackage({
      kind: "portability",
      locale: "en",
      reference: "DSR-J",
      sets: [set],
      exclusions,
      generatedAt: new Date("2026-11-30T10:00:00Z"),
    }),
  );
  const out = unzipSync(new Uint8Array(zip));
  return { json: strFromU8(out["data.json"]!), csv: strFromU8(out["shop.orders.csv"]!) };
}

const columns: CollectedSet["columns"] = [
  { name: "id", kind: "number" },
  { name: "placed_at", kind: "string" },
  { name: "total", kind: "number" },
  { name: "meta", kind: "json" },
  { name: "address", kind: "string" },
];

describe("whole batches to data.json and CSV, exactly as row by row", () => {
  const batches = [
    "1\t2025-01-10 12:30:00+00\t1250\t{}\t1 rue de la Paix, 75002 Paris\n2\t\\N\t-7\t\\N\t\\N\n",
    "3\t2025-01-11 08:00:00+00\t0\t[1, 2]\t\n4\tx\t123456789012345\t1\tRue $1 & $&\n",
    // Not for the fast path: a decimal, a 16-digit number, an escape, a quote, -0.
    "5\ty\t12.50\t\\N\ta\n6\ty\t1234567890123456\t\\N\tb\n",
    '7\tsays "hi"\t-0\t\\N\tline\\nbreak\n',
    "",
  ];

  it("gives the same files with and without the one-pass conversions, with and without exclusions", async () => {
    const fast = memorySet(columns, batches);
    const slow = { ...fast, jsonOfCopy: undefined, csvOfCopy: undefined };
    expect(fast.jsonOfCopy).toBeDefined();
    expect(await files(fast)).toEqual(await files(slow));
    const excluded = [{ set: "shop.orders", index: 1, reason: "another person" }];
    expect(await files(fast, excluded)).toEqual(await files(slow, excluded));
    const data = JSON.parse((await files(fast)).json) as { recordSets: { rows: Record<string, unknown>[] }[] };
    expect(data.recordSets[0]!.rows[0]).toEqual({
      id: 1,
      placed_at: "2025-01-10 12:30:00+00",
      total: 1250,
      meta: {},
      address: "1 rue de la Paix, 75002 Paris",
    });
    expect(data.recordSets[0]!.rows[4]).toMatchObject({ total: "12.50" });
    expect(data.recordSets[0]!.rows).toHaveLength(7);
  });

  it("leaves a batch that needs escaping or a number that is not a plain integer to the row-by-row path", () => {
    const json = jsonOfCopyFor(
      columns.map((c) => c.name),
      columns.map((c) => c.kind),
    )!;
    expect(json(batches[0]!)).toContain('{"id": 1, "placed_at": "2025-01-10 12:30:00+00", "total": 1250');
    expect(json(batches[1]!)).toContain('"address": "Rue $1 & $&"}');
    for (const text of [batches[2]!, batches[3]!, "8\tz\t-0\t\\N\tc\n", "9\tz\t1\t\\N\tbell\u0007\n"])
      expect(json(text)).toBeNull();
    expect(json("")).toBe("");
    expect(jsonOfCopyFor(["flag", "id"], ["boolean", "number"])).toBeUndefined();
  });
});
