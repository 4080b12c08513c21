import { DomainError } from "@/lib/domain/errors";
import { apiRoute } from "./api-route";
import { executeStaffOperation, type StaffOperation } from "./staff-action";

/**
 * Route handlers for staff: the same operation pipeline as server actions (session, zod, `can()`),
 * answered as JSON; failures go through apiRoute's error boundary. Input = route params + query
 * string (GET) or JSON body (other methods).
 */
export function staffRoute<P extends Record<string, string>, I, O>(name: string, op: StaffOperation<I, O>) {
  return apiRoute(async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const params = await ctx.params;
    const body = request.method === "GET" || request.method === "HEAD" ? queryOf(request) : await jsonObjectOf(request);
    const value = await executeStaffOperation(op, { ...body, ...params });
    return Response.json({ data: value }, { headers: { "cache-control": "no-store" } });
  }, name);
}

function queryOf(request: Request): Record<string, unknown> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

async function jsonObjectOf(request: Request): Promise<Record<string, unknown>> {
  const parsed: unknown = await request.json().catch(() => null);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new DomainError("invalid_request", "The body must be a JSON object.");
  return Object.fromEntries(Object.entries(parsed));
}
