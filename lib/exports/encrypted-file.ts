import fs from "node:fs";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { decryptingStream, encryptingStream, through } from "./encrypted-stream";

/**
 * Writes `source` to `file` encrypted with AES-256-GCM under `key`: [iv][ciphertext][tag]. Packages
 * stored on local disk before PACKAGE_STORE existed are in this format; kept to read and purge them.
 */
export async function writeEncryptedFile(
  file: string,
  key: Buffer,
  source: Readable,
): Promise<{ sizeBytes: number; sha256: string }> {
  const enc = encryptingStream(key);
  await pipeline(source, enc.stream, fs.createWriteStream(file, { mode: 0o600 }));
  return enc.stats();
}

/** The decrypted content as a stream; a tampered file fails at the end of the stream. */
export async function readEncryptedFile(file: string, key: Buffer): Promise<Readable> {
  await fs.promises.access(file);
  return through(fs.createReadStream(file), decryptingStream(key));
}
