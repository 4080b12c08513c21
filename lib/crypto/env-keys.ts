import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { emailBlindIndex } from "./blind-index";
import { deriveNameIndexKey, nameTokenHashes } from "./name-index";
import { decryptField, decryptNullable, encryptField, encryptNullable, needsReencryption } from "./field-cipher";
import { parseKeyring, type Keyring } from "./keyring";

/** The process's keys, read once from the validated environment. */
let keyring: Keyring | undefined;
let blindKey: Buffer | undefined;

function ring(): Keyring {
  keyring ??= parseKeyring(env().DATA_ENCRYPTION_KEYS);
  return keyring;
}

export function encrypt(plaintext: string, aad?: string): string {
  return encryptField(ring(), plaintext, aad);
}
export function decrypt(token: string, aad?: string): string {
  return decryptField(ring(), token, aad);
}
export function encryptMaybe(value: string | null | undefined, aad?: string): string | null {
  return encryptNullable(ring(), value, aad);
}
export function decryptMaybe(token: string | null | undefined, aad?: string): string | null {
  return decryptNullable(ring(), token, aad);
}

/** JSON sealed with the data key: used for job payloads that must not sit in Redis in clear. */
export function sealJson(value: unknown): string {
  return encrypt(JSON.stringify(value), "sealed-json");
}
export function unsealJson(token: string): unknown {
  return JSON.parse(decrypt(token, "sealed-json"));
}

export function emailIndex(email: string): string {
  blindKey ??= Buffer.from(env().BLIND_INDEX_KEY, "base64");
  return emailBlindIndex(blindKey, email);
}

/** The id of the data key that encrypts new values (the first of DATA_ENCRYPTION_KEYS). */
export function currentDataKeyId(): string {
  return ring().currentId;
}

/**
 * Key rotation: the value re-encrypted under the current data key, or null when it already is.
 * Decrypting checks the value's associated data, so a value in the wrong row fails here, loudly.
 */
export function reencryptIfStale(token: string, aad?: string): string | null {
  if (!needsReencryption(ring(), token)) return null;
  return encrypt(decrypt(token, aad), aad);
}

let previousBlindKey: Buffer | null | undefined;

/**
 * Every blind index a look-up must match: under BLIND_INDEX_KEY, and during a rotation also under
 * BLIND_INDEX_KEY_PREVIOUS, so rows not yet rebuilt are still found.
 */
export function emailIndexes(email: string): string[] {
  const current = emailIndex(email);
  previousBlindKey ??= env().BLIND_INDEX_KEY_PREVIOUS ? Buffer.from(env().BLIND_INDEX_KEY_PREVIOUS!, "base64") : null;
  if (!previousBlindKey) return [current];
  const previous = emailBlindIndex(previousBlindKey, email);
  return previous === current ? [current] : [current, previous];
}

/** A short public fingerprint of the blind-index key (never the key): names the target of a rebuild. */
export function blindIndexKeyFingerprint(): string {
  blindKey ??= Buffer.from(env().BLIND_INDEX_KEY, "base64");
  return createHmac("sha256", blindKey).update("dsr-blind-index-key-fingerprint").digest("hex").slice(0, 16);
}

let nameKey: Buffer | undefined;
let previousNameKey: Buffer | null | undefined;

/** The name-search index of a subject name under the current BLIND_INDEX_KEY (lib/crypto/name-index.ts). */
export function nameIndex(name: string): string[] {
  nameKey ??= deriveNameIndexKey(Buffer.from(env().BLIND_INDEX_KEY, "base64"));
  return nameTokenHashes(nameKey, name);
}

/**
 * The token hashes a name search must match, one list per token of the query: under the current key,
 * and during a rotation also under BLIND_INDEX_KEY_PREVIOUS (rows not yet rebuilt are still found).
 */
export function nameSearchIndexes(query: string): string[][] {
  const current = nameIndex(query);
  previousNameKey ??= env().BLIND_INDEX_KEY_PREVIOUS
    ? deriveNameIndexKey(Buffer.from(env().BLIND_INDEX_KEY_PREVIOUS!, "base64"))
    : null;
  const previous = previousNameKey ? nameTokenHashes(previousNameKey, query) : [];
  return current.map((h, i) => (previous[i] && previous[i] !== h ? [h, previous[i]!] : [h]));
}
