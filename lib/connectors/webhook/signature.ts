import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const TIMESTAMP_HEADER = "x-dsr-timestamp";
export const SIGNATURE_HEADER = "x-dsr-signature";
export const DELIVERY_HEADER = "x-dsr-delivery";

/** How far a signed timestamp may be from our clock, either way: bounds how long a nonce must be kept. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

const SIGNATURE_FORMAT = /^sha256=([0-9a-f]{64})$/;
const TIMESTAMP_FORMAT = /^\d{1,12}$/;

export const unixSeconds = (at: Date = new Date()): number => Math.floor(at.getTime() / 1000);

/** `sha256=<hex>` of HMAC-SHA256(secret, `${timestamp}.${rawBody}`): the timestamp is signed so it cannot be moved. */
export function signPayload(secret: string, timestamp: number | string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex")}`;
}

export type VerifyResult = { ok: true } | { ok: false; reason: "invalid_signature" | "stale_timestamp" };

/**
 * Checks a signed message: the signature first (constant-time), then the timestamp window, so an
 * unsigned caller learns nothing about our clock.
 */
export function verifySignature(p: {
  secret: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  rawBody: string;
  now?: Date;
}): VerifyResult {
  const given = SIGNATURE_FORMAT.exec(p.signature?.trim().toLowerCase() ?? "");
  if (!given || p.timestamp === null || p.timestamp === undefined) return { ok: false, reason: "invalid_signature" };
  const expected = Buffer.from(signPayload(p.secret, p.timestamp, p.rawBody).slice("sha256=".length), "hex");
  if (!timingSafeEqual(expected, Buffer.from(given[1]!, "hex"))) return { ok: false, reason: "invalid_signature" };
  if (!TIMESTAMP_FORMAT.test(p.timestamp)) return { ok: false, reason: "stale_timestamp" };
  if (Math.abs(unixSeconds(p.now) - Number(p.timestamp)) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: "stale_timestamp" };
  return { ok: true };
}

/** Whether a signature header has the form `sha256=<64 hex>` (checked before the body is read). */
export function hasSignatureFormat(signature: string | null | undefined): boolean {
  return SIGNATURE_FORMAT.test(signature?.trim().toLowerCase() ?? "");
}

/** Whether a timestamp header is a Unix time within the tolerance of our clock. */
export function isWithinWindow(timestamp: string | null | undefined, now?: Date): boolean {
  if (!timestamp || !TIMESTAMP_FORMAT.test(timestamp)) return false;
  return Math.abs(unixSeconds(now) - Number(timestamp)) <= SIGNATURE_TOLERANCE_SECONDS;
}

/** A new shared secret for a webhook system (shown once to the admin, stored encrypted). */
export function generateSystemSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
