import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildPackage } from "./build-package";
import { inlineSet } from "./engine/package-sets";

const orders = inlineSet(
  {
    name: "shop.orders",
    category: "Orders and invoices",
    providedBySubject: true,
    columns: ["id", "total_cents", "note"],
    rows: [
      { id: 1, total_cents: -1200, note: "+33 6 11 22 33 44" },
      { id: 2, total_cents: 500, note: '=SUM(A1), "x"' },
      { id: 3, total_cents: 700, note: null },
    ],
  },
  "Shop",
);
const logs = inlineSet(
  { name: "web.logs", category: "Logs", providedBySubject: false, columns: ["ip"], rows: [{ ip: "10.0.0.1" }] },
  "Web",
);

async function unzip(p: Parameters<typeof buildPackage>[0]) {
  return unzipSync(new Uint8Array(await buffer(buildPackage(p))));
}

describe("the package ZIP", () => {
  it("writes the values exactly as given, without the excluded rows, in data.json and the CSV", async () => {
    const files = await unzip({
      kind: "access",
      locale: "en",
      reference: "DSR-1",
      sets: [orders, logs],
      exclusions: [{ set: "shop.orders", index: 2, reason: "another person" }],
      reportHtml: "<p>report</p>",
    });
    expect(Object.keys(files)).toEqual(["data.json", "shop.orders.csv", "web.logs.csv", "README.txt", "report.html"]);
    expect(strFromU8(files["shop.orders.csv"]!)).toBe(
      'id,total_cents,note\r\n1,-1200,+33 6 11 22 33 44\r\n2,500,"=SUM(A1), ""x"""\r\n',
    );
    const data = JSON.parse(strFromU8(files["data.json"]!)) as { recordSets: { name: string; rows: unknown[] }[] };
    expect(data.recordSets[0]!.rows).toEqual([
      { id: 1, total_cents: -1200, note: "+33 6 11 22 33 44" },
      { id: 2, total_cents: 500, note: '=SUM(A1), "x"' },
    ]);
    expect(strFromU8(files["README.txt"]!)).toContain(
      "shop.orders.csv — Orders and invoices (shop.orders): 2 records.",
    );
  });

  it("portability keeps the subject's own sets, has no report, and its README is in French for a French request", async () => {
    const files = await unzip({ kind: "portability", locale: "fr", reference: "DSR-2", sets: [orders, logs] });
    expect(Object.keys(files)).toEqual(["data.json", "shop.orders.csv", "README.txt"]);
    const readme = strFromU8(files["README.txt"]!);
    expect(readme).toContain("Vos données — demande DSR-2");
    expect(readme).toContain("portabilité");
    expect(readme).toContain("3 enregistrements");
    expect(readme).not.toMatch(/\brecords?\b/);
  });

  it("an empty package is a valid ZIP with an empty data.json list", async () => {
    const files = await unzip({ kind: "portability", locale: "en", reference: "DSR-3", sets: [] });
    expect(JSON.parse(strFromU8(files["data.json"]!)).recordSets).toEqual([]);
  });
});

describe("the package ZIP at volume", () => {
  const big = (rows: number) =>
    inlineSet(
      {
        name: "shop.order_lines",
        category: "Orders",
        providedBySubject: true,
        columns: ["id", "sku", "blob"],
        // Random text compresses badly: the CSV spool passes a small cap and the set is read twice.
        rows: Array.from({ length: rows }, (_, i) => ({
          id: i,
          sku: `SKU-${i % 97}`,
          blob: randomBytes(24).toString("base64"),
        })),
      },
      "Shop",
    );

  it("a CSV too big to hold while data.json streams is read a second time, with the same content", async () => {
    const set = big(20_000);
    const generatedAt = new Date("2026-11-30T10:00:00Z");
    const held = await unzip({
      kind: "portability",
      locale: "en",
      reference: "DSR-4",
      sets: [set, orders],
      generatedAt,
    });
    const reread = await unzip({
      kind: "portability",
      locale: "en",
      reference: "DSR-4",
      sets: [set, orders],
      spoolCap: 64 * 1024,
      generatedAt,
    });
    expect(Object.keys(reread)).toEqual(Object.keys(held));
    for (const name of Object.keys(held))
      expect(Buffer.from(reread[name]!).equals(Buffer.from(held[name]!))).toBe(true);
    const lines = strFromU8(reread["shop.order_lines.csv"]!).split("\r\n");
    expect(lines).toHaveLength(20_002);
    expect(lines[20_000]).toMatch(/^19999,SKU-17,/);
  });

  it("is a ZIP other tools read and check (Python's zipfile tests every CRC)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pkg-"));
    const file = path.join(dir, "package.zip");
    fs.writeFileSync(
      file,
      await buffer(
        buildPackage({ kind: "access", locale: "fr", reference: "DSR-5", sets: [big(5_000), orders], reportText: "é" }),
      ),
    );
    const checked = spawnSync("python3", ["-m", "zipfile", "-t", file], { encoding: "utf8" });
    const listed = spawnSync("python3", ["-m", "zipfile", "-l", file], { encoding: "utf8" });
    fs.rmSync(dir, { recursive: true });
    expect(checked.status, checked.stderr).toBe(0);
    expect(listed.stdout).toMatch(
      /data\.json[\s\S]*shop\.order_lines\.csv[\s\S]*shop\.orders\.csv[\s\S]*README\.txt[\s\S]*summary\.txt/,
    );
  });
});
