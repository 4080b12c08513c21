import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json";
import { DomainError } from "@/lib/domain/errors";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * The intake's web-layer ceiling for `npm run bench:intake`: the same server, proxy, wrapper and JSON
 * body read as `POST /api/v1/requests`, then a 202 without touching any service. Off (404) unless
 * BENCH_NOOP_ROUTE is set.
 */
export const POST = apiRoute(async (request: Request) => {
  if (!env().BENCH_NOOP_ROUTE) throw new DomainError("not_found", "Not found.");
  await readJsonBody(request);
  return Response.json({ ok: true }, { status: 202, headers: { "cache-control": "no-store" } });
});
