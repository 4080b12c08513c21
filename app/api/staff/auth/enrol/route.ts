import { z } from "zod";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { startTotpEnrolment } from "@/lib/auth/totp-enrolment";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json";

const body = z.object({ email: z.string().max(254), password: z.string().max(1000) });

/**
 * Pre-session route (there is no staff session yet, so it cannot use staffRoute): the password is
 * checked and throttled exactly like sign-in before a QR code is issued. Refusals are domain errors
 * (401 wrong password, 429 with Retry-After while locked, 409 already enrolled).
 */
export const POST = apiRoute(async (request: Request) => {
  const input = body.parse((await readJsonBody(request)).value);
  const enrolment = await startTotpEnrolment({ ...input, ip: clientAddressFromHeaders(request.headers) });
  return Response.json(enrolment, { headers: { "cache-control": "no-store" } });
});
