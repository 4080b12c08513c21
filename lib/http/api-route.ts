import { errorToResponse } from "./error-boundary";

/**
 * The wrapper for route handlers: whatever the handler throws goes through the one error boundary
 * (domain and validation errors as 4xx with their fields and Retry-After, anything else a bare 500).
 * Handlers refuse by throwing a DomainError, never by building an error response themselves.
 */
export function apiRoute<Ctx>(handler: (request: Request, ctx: Ctx) => Promise<Response>, context?: string) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    try {
      return await handler(request, ctx);
    } catch (err) {
      return errorToResponse(err, context ?? new URL(request.url).pathname);
    }
  };
}
