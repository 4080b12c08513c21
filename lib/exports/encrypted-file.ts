import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Writes `source` to `file` encrypted with AES-256-GCM under `key`: [iv][ciphertext][tag]. Streams,
 * so a package of any size passes in constant memory. Returns the plaintext's size and sha256.
 */
export async function writeEncryptedFile(
  file: string,
  key: Buffer,
  source: Readable,
): Promise<{ sizeBytes: number; sha256: string }> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const hash = createHash("sha256");
  let sizeBytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  const out = fs.createWriteStream(file, { mode: 0o600 });
  out.write(iv);
  await pipeline(source, measure, cipher, out, { end: false });
  await new Promise<void>((resolve, reject) =>
    out.end(cipher.getAuthTag(), (err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return { sizeBytes, sha256: hash.digest("hex") };
}

/**
 * The decrypted content as a stream. The tag is read first, so a tampered file fails at the end of
 * the stream (an error, never silently wrong bytes to a complete download).
 */
export async function readEncryptedFile(file: string, key: Buffer): Promise<Readable> {
  const { size } = await fs.promises.stat(file);
  if (size < IV_BYTES + TAG_BYTES) throw new Error("encrypted file is truncated");
  const handle = await fs.promises.open(file, "r");
  const head = Buffer.alloc(IV_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  await handle.read(head, 0, IV_BYTES, 0);
  await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  await handle.close();
  const decipher = createDecipheriv("aes-256-gcm", key, head);
  decipher.setAuthTag(tag);
  const body = size - IV_BYTES - TAG_BYTES;
  const input =
    body > 0 ? fs.createReadStream(file, { start: IV_BYTES, end: size - TAG_BYTES - 1 }) : Readable.from([]);
  return input.pipe(decipher);
}
