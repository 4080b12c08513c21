import { apiKeyRoute } from "@/lib/http/api-key-route";
import { validateIdempotencyKey } from "@/lib/http/idempotency";
import { fileOptOuts, optOutApiSchema } from "@/lib/requests/opt-out/file-opt-outs";

export const dynamic = "force-dynamic";

/**
 * The company's own site files opt-outs of sale/sharing (and limits on sensitive data), typically when
 * a visitor's browser sends a Global Privacy Control signal (11 CCR § 7025), with an API key that has
 * `opt_outs:write` (its per-key rate limit applies; every call is audited with the key). No
 * verification; each is executed in every system within 15 California business days, or the state's
 * own period for another state's resident (`jurisdiction`: US-VA…; GPC is recorded only where that law
 * obliges it). Idempotent by Idempotency-Key (per key) and by person+type.
 */
export const POST = apiKeyRoute("api.v1.opt-outs", {
  scope: "opt_outs:write",
  input: optOutApiSchema,
  status: 202,
  run: async (input, key, request) => {
    const idempotencyKey = validateIdempotencyKey(request.headers.get("idempotency-key"));
    const filed = await fileOptOuts(input, {
      channel: "api",
      gpc: input.gpc,
      apiKeyId: key.id,
      // Per key: two systems may use the same Idempotency-Key without meeting.
      idempotency: idempotencyKey
        ? { scope: `opt-outs:${key.id}`, key: idempotencyKey, rawBody: JSON.stringify(input) }
        : undefined,
    });
    return {
      requests: filed.map((r) => ({
        type: r.type,
        id: r.id,
        reference: r.reference,
        status: r.status,
        dueDate: r.dueDate,
      })),
    };
  },
});
