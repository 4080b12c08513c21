import type { PackedPart, PackedSet } from "@/lib/db/queries/collected-data";
import { batchTexts, byteSlicesOf, csvHeader, jsonKeys, textBatch, type RowTexts } from "./package-rows";
import { Deflater } from "./zip-stream";

export type { PackedPart, PackedSet };

/**
 * Where a set's pre-deflated parts are staged, beside its rows in collected_batches: at negative set
 * indices (rows use 0 and up), so they share the set's key and go wherever its rows go (reset, purge).
 */
export const packedIndex = (setIndex: number, part: "json" | "csv") => -(2 * setIndex + (part === "json" ? 1 : 2));

/**
 * Bytes of staged rows packed between two turns of the event loop: the COPY being read and the
 * deflater's callbacks get in between (a whole 1 MiB batch at once kept them waiting).
 */
const PACK_SLICE_BYTES = 64 * 1024;

/** Deflated bytes gathered before they are staged (a part smaller than this is one staged row). */
export const PACKED_SPILL_BYTES = 1024 * 1024;

/**
 * The package's heavy work for one set, done while the collect step stages its rows (the database is
 * still sending the next ones): its data.json rows and its whole CSV (header included), written exactly
 * as the assemble step would (package-rows.ts) and deflated — the JSON part ends in a sync flush, so the
 * assemble step splices it between the text around it. Assemble then writes no row itself unless rows
 * are excluded.
 */
export class SetPacker {
  private readonly json = new Deflater({ open: true });
  private readonly csv = new Deflater();
  private readonly keys: string[];
  private first = true;
  private firstRow = 0;
  private readonly seq = { json: 0, csv: 0 };

  constructor(
    private readonly set: RowTexts,
    private readonly put: (part: "json" | "csv", seq: number, bytes: Buffer) => Promise<void>,
  ) {
    this.keys = jsonKeys(set);
  }

  /** The next `rows` rows of the set, as staged (whole COPY text lines), in order. */
  async add(plaintext: Buffer, rows: number): Promise<void> {
    if (this.firstRow === 0 && this.csv.size === 0) await this.csv.write(Buffer.from(csvHeader(this.set)));
    for (const s of byteSlicesOf({ firstRow: this.firstRow, rows, plaintext }, PACK_SLICE_BYTES)) {
      // In one pass over its bytes when that is exact (copy-bytes.ts), else row by row.
      const json = this.set.jsonBytes?.(s.part, s.rowCount, this.first) ?? null;
      const csv = json && (this.set.csvBytes?.(s.part, s.rowCount) ?? null);
      if (json && csv) {
        if (json.length > 0) {
          this.first = false;
          await this.json.write(json);
        }
        if (csv.length > 0) await this.csv.write(csv);
      } else {
        // Row by row in slices small enough for their strings to die young (package-rows.ts).
        for (const b of byteSlicesOf({ firstRow: s.firstRow, rows: s.rowCount, plaintext: s.part })) {
          const t = batchTexts(this.set, this.keys, textBatch(b), undefined, this.first, true);
          this.first = t.first;
          if (t.json) await this.json.write(Buffer.from(t.json));
          if (t.csv) await this.csv.write(Buffer.from(t.csv));
        }
      }
      // Let I/O in between slices: the COPY being read meanwhile keeps flowing.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.firstRow += rows;
    await this.spill(false);
  }

  private async spill(all: boolean): Promise<void> {
    for (const part of ["json", "csv"] as const) {
      const d = this[part];
      if (d.pending >= PACKED_SPILL_BYTES || (all && d.pending > 0))
        await this.put(part, this.seq[part]++, Buffer.concat(d.take()));
    }
  }

  /** Ends both parts and stages what is left; their CRC and sizes go in the set's row. */
  async finish(): Promise<PackedSet> {
    if (this.csv.size === 0) await this.csv.write(Buffer.from(csvHeader(this.set)));
    await this.json.end();
    await this.csv.end();
    await this.spill(true);
    const of = (d: Deflater): PackedPart => ({ crc: d.crc >>> 0, size: d.size, compressedSize: d.compressedSize });
    return { json: of(this.json), csv: of(this.csv) };
  }

  destroy(): void {
    this.json.destroy();
    this.csv.destroy();
  }
}
