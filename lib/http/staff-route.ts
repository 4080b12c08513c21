import { can, type StaffAction } from "@/lib/auth/policy";
import { currentStaff, type StaffSession } from "@/lib/auth/session";
import { errorResponse } from "./api-route";
import { runStaffOperation, type StaffOperation } from "./staff-action";

const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_request: 400,
  reason_required: 400,
  conflict: 409,
  invalid_transition: 409,
  extension_not_allowed: 409,
  rate_limited: 429,
  internal_error: 500,
};

/**
 * Route handlers for staff: the same operation pipeline as server actions (session, zod, `can()`),
 * answered as JSON. Input = route params + query string (GET) or JSON body (other methods).
 */
export function staffRoute<P extends Record<string, string>, I, O>(name: string, op: StaffOperation<I, O>) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const params = await ctx.params;
    let body: Record<string, unknown> = {};
    if (request.method === "GET" || request.method === "HEAD") {
      body = Object.fromEntries(new URL(request.url).searchParams);
    } else {
      try {
        const parsed: unknown = await request.json();
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
        else return errorResponse(400, "invalid_request", "The body must be a JSON object.");
      } catch {
        return errorResponse(400, "invalid_request", "The body must be a JSON object.");
      }
    }
    const result = await runStaffOperation(op, { ...body, ...params }, name);
    if (result.ok) return Response.json({ data: result.value }, { headers: { "cache-control": "no-store" } });
    return errorResponse(STATUS[result.code] ?? 400, result.code, result.message, result.fields);
  };
}

/**
 * For routes that answer something other than JSON (CSV downloads): the signed-in staff member
 * allowed to `action`, or the 401/403 answer to return instead.
 */
export async function staffOrErrorResponse(action: StaffAction): Promise<StaffSession | Response> {
  const staff = await currentStaff();
  if (!staff) return errorResponse(401, "unauthenticated", "Your session has ended. Sign in again.");
  if (!can(staff, action)) return errorResponse(403, "forbidden", "You are not allowed to do this.");
  return staff;
}
