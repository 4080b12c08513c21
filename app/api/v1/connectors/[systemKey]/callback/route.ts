import { readCappedText } from "@/lib/http/read-capped";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import {
  acceptCheckedCallback,
  checkCallbackHeaders,
  enforceCallbackRateLimit,
} from "@/lib/fulfilment/engine/accept-webhook-callback";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/connectors/webhook/signature";
import { apiRoute } from "@/lib/http/api-route";
import { requireJsonContentType, tooLarge } from "@/lib/http/read-json";
import { clientIp } from "@/lib/net/client-address";

export const dynamic = "force-dynamic";

/**
 * A webhook system reporting a step it accepted with 202. Signed like our requests to it
 * (docs/webhook-connector.md); the body is read as raw text because the signature covers its bytes.
 * Nothing of the body is read before the system is known and the signature headers have the right
 * form and a timestamp in the window; then at most CONNECTOR_CALLBACK_MAX_BYTES (413 beyond).
 */
export const POST = apiRoute(async (request: Request, ctx: { params: Promise<{ systemKey: string }> }) => {
  await enforceCallbackRateLimit(db(), clientIp(request));
  const { systemKey } = await ctx.params;
  const headers = {
    systemKey,
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    delivery: request.headers.get(DELIVERY_HEADER),
  };
  const system = await checkCallbackHeaders(db(), headers);
  requireJsonContentType(request, "Send the callback as application/json.");
  const maxBytes = env().CONNECTOR_CALLBACK_MAX_BYTES;
  const rawBody = await readCappedText(request, maxBytes);
  if (rawBody === null) throw tooLarge(maxBytes);
  await acceptCheckedCallback(db(), system, { ...headers, rawBody });
  return Response.json({ data: { accepted: true } }, { headers: { "cache-control": "no-store" } });
});
