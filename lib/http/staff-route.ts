import { currentStaff } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { negotiateLocale } from "@/lib/domain/locale";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { apiRoute } from "./api-route";
import { safeErrorResponse, toSafeError } from "./error-boundary";
import { MAX_JSON_BYTES, readJsonBody, requireJsonContentType } from "./read-json";
import { requireSameOrigin } from "./same-origin";
import { executeStaffOperation, type StaffOperation } from "./staff-action";
import { detail } from "@/lib/domain/error-details";

/**
 * Route handlers for staff: the same operation pipeline as server actions (session, `can()`, zod),
 * answered as JSON; failures go through apiRoute's error boundary. Input = route params + query
 * string (GET) or JSON body (other methods).
 *
 * A state-changing call must come from this application's origin (403 otherwise) and be
 * `application/json` (415): a form or text/plain body is what another site can post with the staff
 * member's cookie without a CORS preflight. Both are checked before the session; the body is read
 * only once `can()` allowed the caller.
 */
export function staffRoute<P extends Record<string, string>, I, O>(name: string, op: StaffOperation<I, O>) {
  return apiRoute(async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const params = await ctx.params;
    const reads = request.method === "GET" || request.method === "HEAD";
    const raw = reads
      ? { ...queryOf(request), ...params }
      : async () => ({ ...(await jsonObjectOf(request)), ...params });
    try {
      // Inside the try: a refused origin or content type is answered in the member's language too.
      if (!reads) {
        requireSameOrigin(request);
        requireJsonContentType(request, detail("common.json_required"));
      }
      const value = await executeStaffOperation(op, raw);
      return Response.json({ data: value }, { headers: { "cache-control": "no-store" } });
    } catch (err) {
      return inStaffLanguage(toSafeError(err, name), request);
    }
  }, name);
}

/**
 * For a French-speaking member the error code's sentence in French (the use cases word their details
 * in English, the REST API's language); English keeps the detail. The fields are already localised.
 */
async function inStaffLanguage(safe: ReturnType<typeof toSafeError>, request: Request): Promise<Response> {
  const staff = await currentStaff().catch(() => null);
  const locale = staff?.locale ?? negotiateLocale(request.headers.get("accept-language"));
  if (locale !== "fr") return safeErrorResponse(safe);
  const headline = lookup(staffMessages(locale).errors, safe.code, safe.message);
  // The detail's own French when it has one (why exactly), else the code's sentence.
  return safeErrorResponse({
    ...safe,
    message: safe.detail ? errorDetailText(safe.detail, locale, headline) : headline,
  });
}

function queryOf(request: Request): Record<string, unknown> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

async function jsonObjectOf(request: Request): Promise<Record<string, unknown>> {
  const { value } = await readJsonBody(request, MAX_JSON_BYTES);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new DomainError("invalid_request", detail("admin.body_not_json_object"));
  return Object.fromEntries(Object.entries(value));
}
