import { describe, expect, it } from "vitest";
import { copyBinaryTuples } from "./copy-binary";

/** A binary COPY stream as PostgreSQL writes it, for tuples of int4 / bytea / NULL fields. */
function encode(tuples: (Buffer | null)[][]): Buffer {
  const parts: Buffer[] = [Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), Buffer.alloc(8)];
  for (const t of tuples) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(t.length);
    parts.push(count);
    for (const f of t) {
      const len = Buffer.alloc(4);
      len.writeInt32BE(f === null ? -1 : f.length);
      parts.push(len);
      if (f) parts.push(f);
    }
  }
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
}

async function* cut(buf: Buffer, size: number) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

async function read(chunks: AsyncIterable<Buffer>) {
  const out: (string | null)[][] = [];
  for await (const t of copyBinaryTuples(chunks)) out.push(t.map((f) => (f === null ? null : f.toString("hex"))));
  return out;
}

describe("copyBinaryTuples", () => {
  const int = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  const tuples = [
    [int(0), Buffer.from("first"), null],
    [int(1), Buffer.alloc(70_000, 7), Buffer.alloc(0)],
    [int(2), Buffer.from("last"), int(-5)],
  ];
  const expected = tuples.map((t) => t.map((f) => (f === null ? null : f.toString("hex"))));

  it("reads every tuple whatever the chunk boundaries", async () => {
    const bytes = encode(tuples);
    for (const size of [3, 19, 1000, bytes.length]) expect(await read(cut(bytes, size))).toEqual(expected);
  });

  it("fails on a stream cut in the middle or without its signature", async () => {
    const bytes = encode(tuples);
    await expect(read(cut(bytes.subarray(0, bytes.length - 10), 100))).rejects.toThrow(/middle/);
    await expect(read(cut(Buffer.from("not a copy stream at all"), 100))).rejects.toThrow(/binary COPY/);
  });
});
