import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import { extractCode, waitForMail } from "./mailbox";

/**
 * A request filed in the portal by `input.email` and verified with the code read from the mail the
 * SMTP sink received (needs the instance's workers: the code goes out through the outbox). Returns
 * the request, the address and the status-link token verification issued.
 */
export async function mailVerifiedRequest(input: Record<string, unknown> & { email: string; locale?: string }) {
  const { id } = await submitRequest(input, { channel: "portal", actor: { type: "subject" } });
  const { statusToken } = await verifyByCode(id, extractCode((await waitForMail(input.email)).text));
  return { id, to: input.email, token: statusToken };
}
