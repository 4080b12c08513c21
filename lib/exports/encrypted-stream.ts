import { createCipheriv, createDecipheriv, createHash, randomBytes, type DecipherGCM } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM as a stream: [iv][ciphertext][tag]. `stats()` gives the plaintext's size and sha256 once
 * the stream has ended. Constant memory whatever the package's size.
 */
export function encryptingStream(key: Buffer): {
  stream: Transform;
  stats: () => { sizeBytes: number; sha256: string };
} {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const hash = createHash("sha256");
  let sizeBytes = 0;
  let sha256 = "";
  let started = false;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      if (!started) {
        started = true;
        this.push(iv);
      }
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, cipher.update(chunk));
    },
    flush(done: TransformCallback) {
      if (!started) this.push(iv);
      const last = cipher.final();
      if (last.length > 0) this.push(last);
      this.push(cipher.getAuthTag());
      sha256 = hash.digest("hex");
      done();
    },
  });
  return {
    stream,
    stats: () => {
      if (!sha256) throw new Error("the encrypted stream has not ended");
      return { sizeBytes, sha256 };
    },
  };
}

/**
 * The inverse: reads [iv][ciphertext][tag] as it comes (from a file, PostgreSQL chunks or an object
 * store) and emits the plaintext, holding back the last 16 bytes as the tag. A tampered or truncated
 * input fails at the end of the stream — an error, never silently wrong bytes in a complete download.
 */
export function decryptingStream(key: Buffer): Transform {
  let head = Buffer.alloc(0);
  let decipher: DecipherGCM | null = null;
  let tail = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      if (!decipher) {
        head = Buffer.concat([head, chunk]);
        if (head.length < IV_BYTES) return done();
        decipher = createDecipheriv("aes-256-gcm", key, head.subarray(0, IV_BYTES));
        chunk = head.subarray(IV_BYTES);
        head = Buffer.alloc(0);
      }
      const all = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      if (all.length <= TAG_BYTES) {
        tail = Buffer.from(all);
        return done();
      }
      tail = Buffer.from(all.subarray(all.length - TAG_BYTES));
      done(null, decipher.update(all.subarray(0, all.length - TAG_BYTES)));
    },
    flush(done: TransformCallback) {
      if (!decipher || tail.length < TAG_BYTES) return done(new Error("encrypted package is truncated"));
      try {
        decipher.setAuthTag(tail);
        const last = decipher.final();
        done(null, last.length > 0 ? last : undefined);
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

/** `source` through `transform`, with an error on either side destroying the result (unlike `.pipe`). */
export function through(source: NodeJS.ReadableStream, transform: Transform): Transform {
  pipeline(source, transform).catch(() => undefined);
  return transform;
}
