import { randomBytes } from "node:crypto";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";

const aad = (endpointId: string) => `webhook_endpoints.secret:${endpointId}`;

/** A Standard Webhooks signing secret: `whsec_` + 24 random bytes, base64. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export const sealSecret = (endpointId: string, secret: string) => encrypt(secret, aad(endpointId));
export const openSecret = (endpointId: string, secretEnc: string) => decrypt(secretEnc, aad(endpointId));
