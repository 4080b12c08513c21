import { ZodError } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { childLogger } from "@/lib/log";
import { zodFields } from "./zod-fields";

const log = childLogger("api");

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export function errorResponse(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
  headers: HeadersInit = {},
): Response {
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

/**
 * The one wrapper for route handlers: domain and validation errors become 4xx with the field and
 * the reason; anything else is logged (without subject data) and answered with a bare 500.
 */
export function apiRoute<Ctx>(handler: (request: Request, ctx: Ctx) => Promise<Response>) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    try {
      return await handler(request, ctx);
    } catch (err) {
      if (err instanceof DomainError) {
        const headers: Record<string, string> = err.retryAfterSeconds
          ? { "retry-after": String(err.retryAfterSeconds) }
          : {};
        return errorResponse(err.status, err.code, err.message, err.fields, headers);
      }
      if (err instanceof ZodError)
        return errorResponse(400, "invalid_request", "Some fields are invalid.", zodFields(err));
      log.error(
        { err: (err as Error).message, stack: (err as Error).stack, path: new URL(request.url).pathname },
        "unhandled error in route",
      );
      return errorResponse(500, "internal_error", "Something went wrong on our side. Please try again later.");
    }
  };
}
