import { createHmac } from "node:crypto";

/**
 * Blind indexes let us look up encrypted values by equality (e.g. "all requests from this email")
 * without storing them in clear: a keyed HMAC is deterministic, but useless without the key,
 * unlike a plain hash of an email which can be brute-forced from a list of addresses.
 */

const MIN_KEY_BYTES = 32;

/**
 * Canonical form used before indexing, so the same mailbox always yields the same index.
 * Plus-addressing (`jane+shop@x.org`) is deliberately kept: whether `+` starts a sub-address is
 * a per-provider convention, and merging addresses that might be different mailboxes could
 * hand one person's data to another. Dots (Gmail) are kept for the same reason.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase().normalize("NFC");
}

/** HMAC-SHA256 hex of the UTF-8 value. */
export function blindIndex(key: Buffer, value: string): string {
  if (key.length < MIN_KEY_BYTES) {
    throw new Error(`Blind index key must be at least ${MIN_KEY_BYTES} bytes`);
  }
  return createHmac("sha256", key).update(value, "utf8").digest("hex");
}

export function emailBlindIndex(key: Buffer, email: string): string {
  return blindIndex(key, normaliseEmail(email));
}
