import { createHmac } from "node:crypto";
import { blindIndex } from "./blind-index";

/**
 * The name search's tokens: lowercase, accents stripped (NFD, combining marks removed), split on
 * whitespace, hyphens and apostrophes, empty pieces dropped, each token once. "Élodie Dupont-Lefèvre"
 * gives elodie, dupont, lefevre.
 */
export function nameTokens(name: string): string[] {
  const plain = name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  const tokens = plain.split(/[\s\-‐‑‒–—'’.,]+/u).filter((t) => t.length > 0);
  return [...new Set(tokens)];
}

/**
 * The key of the name index, derived from the blind-index key so the e-mail index and the name index
 * never share a key (an HMAC of a name token cannot be compared with an e-mail's).
 */
export function deriveNameIndexKey(blindKey: Buffer): Buffer {
  return createHmac("sha256", blindKey).update("dsr-name-token-index-v1").digest();
}

/** The blind index of each token of `name` under a name-index key. */
export function nameTokenHashes(nameKey: Buffer, name: string): string[] {
  return nameTokens(name).map((t) => blindIndex(nameKey, t));
}
