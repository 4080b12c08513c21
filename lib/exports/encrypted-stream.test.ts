import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { decryptingStream, encryptingStream, through } from "./encrypted-stream";

async function encrypt(key: Buffer, data: Buffer, piece: number) {
  const enc = encryptingStream(key);
  const pieces = [];
  for (let i = 0; i < data.length; i += piece) pieces.push(data.subarray(i, i + piece));
  const sealed = await buffer(through(Readable.from(pieces), enc.stream));
  return { sealed, stats: enc.stats() };
}

/** Feeds `sealed` to the decryptor in pieces of `piece` bytes (as a store returns it: chunks, parts, packets). */
const decrypt = (key: Buffer, sealed: Buffer, piece: number) => {
  const pieces = [];
  for (let i = 0; i < sealed.length; i += piece) pieces.push(sealed.subarray(i, i + piece));
  return buffer(through(Readable.from(pieces), decryptingStream(key)));
};

describe("encrypted package streams", () => {
  it("round-trips whatever the piece sizes on either side, and reports size and sha256", async () => {
    const key = randomBytes(32);
    const data = randomBytes(200_003);
    for (const [inPiece, outPiece] of [
      [1, 7],
      [4096, 5],
      [65_536, 65_536],
      [200_003, 13],
    ] as const) {
      const { sealed, stats } = await encrypt(key, data, inPiece);
      expect(stats.sizeBytes).toBe(data.length);
      expect(sealed.length).toBe(data.length + 28);
      expect((await decrypt(key, sealed, outPiece)).equals(data)).toBe(true);
    }
  });

  it("an empty package is still sealed and opens to nothing", async () => {
    const key = randomBytes(32);
    const { sealed } = await encrypt(key, Buffer.alloc(0), 1);
    expect(sealed.length).toBe(28);
    expect((await decrypt(key, sealed, 3)).length).toBe(0);
  });

  it("fails on a flipped bit, a truncation or the wrong key", async () => {
    const key = randomBytes(32);
    const { sealed } = await encrypt(key, randomBytes(10_000), 1000);
    const flipped = Buffer.from(sealed);
    flipped[5000] = flipped[5000]! ^ 1;
    await expect(decrypt(key, flipped, 999)).rejects.toThrow();
    await expect(decrypt(key, sealed.subarray(0, sealed.length - 1), 999)).rejects.toThrow();
    await expect(decrypt(key, sealed.subarray(0, 20), 999)).rejects.toThrow(/truncated/);
    await expect(decrypt(randomBytes(32), sealed, 999)).rejects.toThrow();
  });
});
