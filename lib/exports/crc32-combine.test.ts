import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32Combine } from "./crc32-combine";

describe("crc32Combine", () => {
  it("gives the CRC of the concatenation, for parts of any length", () => {
    const a = Buffer.from('{\n  "generatedAt": "2026-11-30T20:00:00.000Z",');
    for (const n of [0, 1, 7, 255, 4096, 100_003]) {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = (i * 31 + 7) & 0xff;
      expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), b.length)).toBe(zlib.crc32(Buffer.concat([a, b])));
    }
  });

  it("chains over many parts like one pass over all of them", () => {
    const parts = ["", "a", "rows\n", "é\t\\N", "x".repeat(70_000)].map((s) => Buffer.from(s));
    let crc = 0;
    for (const p of parts) crc = crc32Combine(crc, zlib.crc32(p), p.length);
    expect(crc).toBe(zlib.crc32(Buffer.concat(parts)));
  });
});
