import { readCappedText } from "@/lib/http/read-capped";
import { db } from "@/lib/db/client";
import { acceptCallback, enforceCallbackRateLimit } from "@/lib/fulfilment/engine/accept-webhook-callback";
import { MAX_WEBHOOK_BODY_BYTES } from "@/lib/connectors/webhook/connector";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/connectors/webhook/signature";
import { apiRoute } from "@/lib/http/api-route";
import { requireJsonContentType, tooLarge } from "@/lib/http/read-json";
import { clientIp } from "@/lib/net/client-address";

export const dynamic = "force-dynamic";

/**
 * A webhook system reporting a step it accepted with 202. Signed like our requests to it
 * (docs/webhook-connector.md); the body is read as raw text because the signature covers its bytes.
 */
export const POST = apiRoute(async (request: Request, ctx: { params: Promise<{ systemKey: string }> }) => {
  await enforceCallbackRateLimit(db(), clientIp(request));
  const { systemKey } = await ctx.params;
  requireJsonContentType(request, "Send the callback as application/json.");
  const rawBody = await readCappedText(request, MAX_WEBHOOK_BODY_BYTES);
  if (rawBody === null) throw tooLarge(MAX_WEBHOOK_BODY_BYTES);
  await acceptCallback(db(), {
    systemKey,
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    delivery: request.headers.get(DELIVERY_HEADER),
    rawBody,
  });
  return Response.json({ data: { accepted: true } }, { headers: { "cache-control": "no-store" } });
});
