import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A 6-digit code has only a million values, so a plain hash in a stolen dump would be reversed at
 * once: codes are keyed-hashed (HMAC with the blind-index key) and bound to their request.
 */
export function hashVerificationCode(requestId: string, code: string): string {
  return createHmac("sha256", Buffer.from(env().BLIND_INDEX_KEY, "base64"))
    .update(`verify-code:${requestId}:${code}`)
    .digest("hex");
}

export const VERIFICATION_LINK_HOURS = 72;
export const VERIFICATION_CODE_MINUTES = 15;
export const VERIFICATION_MAX_CODE_ATTEMPTS = 5;
export const VERIFICATION_MAX_CODES_SENT = 5;
