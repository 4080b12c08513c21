import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { DrpError } from "./errors";

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const SIGNATURE_BYTES = 64;

/**
 * A libsodium verify key (§ 3.05.1: base64 of the 32 raw Ed25519 public key bytes) as a Node key.
 * Throws a plain Error for anything else (the admin form turns it into a field error).
 */
export function verifyKeyFromBase64(b64: string): KeyObject {
  const raw = Buffer.from(b64.trim(), "base64");
  if (raw.length !== 32 || raw.toString("base64").replace(/=+$/, "") !== b64.trim().replace(/=+$/, ""))
    throw new Error("must be the base64 of a 32-byte Ed25519 public key");
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: "der", type: "spki" });
}

/**
 * Opens a signed DRP message (§ 3.07.1): base64 text of libsodium's "combined mode", i.e. the 64-byte
 * Ed25519 signature followed by the JSON it signs. Node's crypto verifies Ed25519 (RFC 8032) exactly as
 * libsodium's crypto_sign_open does, so no libsodium binding is needed. Returns the parsed JSON.
 */
export function openSignedMessage(body: string, verifyKey: KeyObject): unknown {
  const text = body.trim();
  if (!/^[A-Za-z0-9+/=_-]+$/.test(text)) throw new DrpError(400, "The body must be base64 text (text/plain).");
  const buffer = Buffer.from(text, text.includes("-") || text.includes("_") ? "base64url" : "base64");
  if (buffer.length <= SIGNATURE_BYTES) throw new DrpError(400, "The signed message is too short.");
  const signature = buffer.subarray(0, SIGNATURE_BYTES);
  const message = buffer.subarray(SIGNATURE_BYTES);
  if (!verify(null, message, verifyKey, signature))
    throw new DrpError(403, "The signature does not verify with the agent's key.");
  try {
    return JSON.parse(message.toString("utf8"));
  } catch {
    throw new DrpError(400, "The signed message is not JSON.");
  }
}

/** Reads the signed JSON's outer claims without verifying (to find the agent of a pairing request). */
export function peekSignedJson(body: string): unknown {
  try {
    const buffer = Buffer.from(body.trim(), "base64");
    return JSON.parse(buffer.subarray(SIGNATURE_BYTES).toString("utf8"));
  } catch {
    return null;
  }
}
