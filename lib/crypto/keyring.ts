import { randomBytes } from "node:crypto";

/**
 * A set of AES-256 keys addressed by id. `currentId` encrypts new data; every key in `keys`
 * can still decrypt, which is what lets keys rotate without a flag day: prepend a new key,
 * keep the old one until every stored value has been re-encrypted, then drop it.
 */
export type Keyring = { currentId: string; keys: Map<string, Buffer> };

export const KEY_BYTES = 32;

// Key ids are embedded in dot-separated ciphertext tokens, so they must never contain a dot.
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
// Standard or URL-safe base64, optional padding. Buffer.from() silently skips bad characters,
// so the shape is checked first to catch truncated or mangled keys.
const BASE64_PATTERN = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Parses `keyId:base64key[,keyId:base64key...]`; the first entry is the current key.
 * Error messages name the entry and the problem but never echo key material, because they
 * end up in logs.
 */
export function parseKeyring(spec: string): Keyring {
  if (typeof spec !== "string" || spec.trim() === "") {
    throw new Error("Keyring spec is empty: expected 'keyId:base64key[,keyId:base64key...]'");
  }
  const keys = new Map<string, Buffer>();
  let currentId: string | undefined;
  const entries = spec.split(",");
  entries.forEach((rawEntry, index) => {
    const where = `keyring entry ${index + 1}`;
    const entry = rawEntry.trim();
    if (entry === "") throw new Error(`Keyring spec has an empty ${where} (stray comma?)`);
    const colon = entry.indexOf(":");
    if (colon === -1) throw new Error(`Keyring spec ${where} has no ':' between key id and key`);
    const keyId = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID_PATTERN.test(keyId)) {
      throw new Error(`Keyring spec ${where} has an invalid key id: use 1-32 characters from A-Z a-z 0-9 _ -`);
    }
    if (keys.has(keyId)) throw new Error(`Keyring spec lists key id '${keyId}' more than once`);
    if (!BASE64_PATTERN.test(encoded)) throw new Error(`Keyring key '${keyId}' is not valid base64`);
    const key = Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    if (key.length !== KEY_BYTES) {
      throw new Error(`Keyring key '${keyId}' must decode to ${KEY_BYTES} bytes, got ${key.length}`);
    }
    keys.set(keyId, key);
    currentId ??= keyId;
  });
  if (currentId === undefined) throw new Error("Keyring spec contains no keys");
  return { currentId, keys };
}

/** A fresh single-key spec, e.g. for `.env` bootstrap or tests. */
export function generateKeyringSpec(keyId = "k1"): string {
  if (!KEY_ID_PATTERN.test(keyId)) {
    throw new Error("Invalid key id: use 1-32 characters from A-Z a-z 0-9 _ -");
  }
  return `${keyId}:${randomBytes(KEY_BYTES).toString("base64")}`;
}
