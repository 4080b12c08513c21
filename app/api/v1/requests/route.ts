import { submitRequest } from "@/lib/requests/intake/submit-request";
import { apiRoute } from "@/lib/http/api-route";
import { clientIp } from "@/lib/net/client-address";
import { validateIdempotencyKey } from "@/lib/http/idempotency";
import { readJsonBody } from "@/lib/http/read-json";
import { apiKeyRoute } from "@/lib/http/api-key-route";
import { listRequestsForApi } from "@/lib/requests/api/list-requests";
import { listRequestsQuery } from "@/lib/requests/api/schemas";

export const dynamic = "force-dynamic";

/** Public intake: files a request and mails the verification link and code. */
export const POST = apiRoute(async (request: Request) => {
  const body = await readJsonBody(request);
  const idempotencyKey = validateIdempotencyKey(request.headers.get("idempotency-key"));
  // The per-address limit is counted in the intake's first round trip, before the body is validated.
  const result = await submitRequest(body.value, {
    ipLimit: { ip: clientIp(request) },
    channel: "api",
    emailQuota: true,
    actor: { type: "subject" },
    idempotency: idempotencyKey ? { scope: "intake", key: idempotencyKey, rawBody: body.raw } : undefined,
  });
  return Response.json(
    { id: result.id, reference: result.reference, status: result.status, dueDate: result.dueDate },
    { status: 202, headers: { "cache-control": "no-store" } },
  );
});

/** With an API key (requests:read): one page of requests, filtered, keyset-paged (docs/api.md). */
export const GET = apiKeyRoute("api.v1.requests.list", {
  scope: "requests:read",
  input: listRequestsQuery,
  policy: "request.view",
  run: (query) => listRequestsForApi(query),
});
