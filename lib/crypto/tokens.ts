import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Secrets handed to people (magic links, verification codes) are stored only as hashes, so a
 * database leak does not let anyone act as a data subject. Tokens carry enough entropy that an
 * unsalted fast hash is fine; short numeric codes rely on expiry and attempt limits instead.
 */

// Below 128 bits a token stops being safe to store under a fast, unsalted hash.
const MIN_TOKEN_BYTES = 16;
// crypto.randomInt needs max - min < 2^48; 10^14 is the largest power of ten under that.
const MAX_CODE_DIGITS = 14;
const HEX_PATTERN = /^(?:[0-9a-fA-F]{2})*$/;

/** Random URL-safe token (base64url, no padding). */
export function generateToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new Error(`Token size must be an integer of at least ${MIN_TOKEN_BYTES} bytes`);
  }
  return randomBytes(bytes).toString("base64url");
}

/** SHA-256 hex of a token or code, the only form in which it is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Uniformly random numeric code, zero-padded (randomInt avoids modulo bias). */
export function generateNumericCode(digits = 6): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > MAX_CODE_DIGITS) {
    throw new Error(`Code length must be an integer from 1 to ${MAX_CODE_DIGITS} digits`);
  }
  return String(randomInt(0, 10 ** digits)).padStart(digits, "0");
}

/**
 * Constant-time comparison of two hex strings (e.g. a stored hash and a freshly computed one).
 * Different lengths or non-hex input return false; length is not secret for fixed-size hashes.
 */
export function safeEqualHex(a: string, b: string): boolean {
  if (typeof a !== "string" || typeof b !== "string") return false;
  if (a.length !== b.length || !HEX_PATTERN.test(a) || !HEX_PATTERN.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"));
}
