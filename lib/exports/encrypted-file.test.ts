import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { readEncryptedFile, writeEncryptedFile } from "./encrypted-file";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "enc-file-"));

describe("encrypted package files", () => {
  it("round-trips a multi-megabyte stream and reports its size and hash", async () => {
    const key = randomBytes(32);
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const file = path.join(dir, "a.bin");
    const meta = await writeEncryptedFile(file, key, Readable.from([data.subarray(0, 1000), data.subarray(1000)]));
    expect(meta.sizeBytes).toBe(data.length);
    expect(fs.readFileSync(file).includes(data.subarray(0, 64))).toBe(false);
    expect((await buffer(await readEncryptedFile(file, key))).equals(data)).toBe(true);
  });

  it("fails on a tampered file or the wrong key", async () => {
    const key = randomBytes(32);
    const file = path.join(dir, "b.bin");
    await writeEncryptedFile(file, key, Readable.from([Buffer.from("hello package")]));
    await expect(buffer(await readEncryptedFile(file, randomBytes(32)))).rejects.toThrow();
    const bytes = fs.readFileSync(file);
    bytes[14] = bytes[14]! ^ 1;
    fs.writeFileSync(file, bytes);
    await expect(buffer(await readEncryptedFile(file, key))).rejects.toThrow();
  });
});
