import { headers } from "next/headers";
import { z } from "zod";
import { clientAddressFromHeaders } from "@/lib/net/client-address";

/** How long the TOTP step after SSO may take before the half-signed-in session is dropped. */
export const SSO_TOTP_WINDOW_SECONDS = 10 * 60;

const totpInput = z.object({ totp: z.string().max(20).optional(), recoveryCode: z.string().max(40).optional() });

/** The code the sign-in page posts through next-auth's session update (anything else counts as no code). */
export function ssoTotpInput(data: unknown): { totp?: string; recoveryCode?: string } {
  const parsed = totpInput.safeParse(data);
  return parsed.success ? parsed.data : {};
}

/**
 * The client address inside next-auth callbacks, which get no request object: the route handler's
 * request headers, read the same way as for password sign-ins.
 */
export async function requestAddress(): Promise<string> {
  try {
    return clientAddressFromHeaders(Object.fromEntries((await headers()).entries()));
  } catch {
    return "unknown";
  }
}
