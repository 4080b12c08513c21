import { apiRoute } from "@/lib/http/api-route";
import { validateIdempotencyKey } from "@/lib/http/idempotency";
import { readJsonBody } from "@/lib/http/read-json";
import { authenticateSiteCaller } from "@/lib/http/site-caller";
import { clientIp } from "@/lib/net/client-address";
import { enforceIntakeIpLimit } from "@/lib/requests/intake/intake-limits";
import { fileOptOuts } from "@/lib/requests/opt-out/file-opt-outs";

export const dynamic = "force-dynamic";

/**
 * The company's own site files opt-outs of sale/sharing (and limits on sensitive data), typically when
 * a visitor's browser sends a Global Privacy Control signal (11 CCR § 7025). No verification; each is
 * executed in every system within 15 California business days, or the state's own period for another
 * state's resident (`jurisdiction`: US-VA…; GPC is recorded only where that law obliges it). Idempotent by Idempotency-Key and by person+type.
 */
export const POST = apiRoute(async (request: Request) => {
  authenticateSiteCaller(request);
  const body = await readJsonBody(request);
  const idempotencyKey = validateIdempotencyKey(request.headers.get("idempotency-key"));
  await enforceIntakeIpLimit(clientIp(request), idempotencyKey);
  const filed = await fileOptOuts(body.value, {
    channel: "api",
    gpc: Boolean((body.value as { gpc?: unknown } | null)?.gpc === true),
    idempotency: idempotencyKey ? { scope: "opt-outs", key: idempotencyKey, rawBody: body.raw } : undefined,
  });
  return Response.json(
    {
      requests: filed.map((r) => ({
        type: r.type,
        id: r.id,
        reference: r.reference,
        status: r.status,
        dueDate: r.dueDate,
      })),
    },
    { status: 202, headers: { "cache-control": "no-store" } },
  );
});
