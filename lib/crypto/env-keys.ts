import { env } from "@/lib/env";
import { emailBlindIndex } from "./blind-index";
import { decryptField, decryptNullable, encryptField, encryptNullable } from "./field-cipher";
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
