import { z } from "zod";
import { SignInError } from "@/lib/auth/authenticate";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";
import { startTotpEnrolment } from "@/lib/auth/totp-enrolment";
import { apiRoute, errorResponse } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json";

const body = z.object({ email: z.string().max(254), password: z.string().max(1000) });

const MESSAGES: Record<string, [number, string]> = {
  invalid: [401, "Sign-in failed. Check your e-mail and password."],
  locked: [429, "Too many failed attempts. Sign-in is locked for a while; try again later."],
  totp_required: [
    409,
    "This account already has two-factor authentication. Sign in with your code, or ask an admin to reset it.",
  ],
};

/**
 * Pre-session route (there is no staff session yet, so it cannot use staffRoute): the password is
 * checked and throttled exactly like sign-in before a QR code is issued.
 */
export const POST = apiRoute(async (request: Request) => {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const input = body.parse(read.value);
  try {
    const enrolment = await startTotpEnrolment({ ...input, ip: clientAddressFromHeaders(request.headers) });
    return Response.json(enrolment, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    if (err instanceof SignInError) {
      const [status, message] = MESSAGES[err.code] ?? [400, "Sign-in failed."];
      return errorResponse(status, err.code, message);
    }
    throw err;
  }
});
