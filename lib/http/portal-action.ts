import { toSafeError } from "./error-boundary";

export type PortalActionResult<T> =
  { ok: true; value: T } | { ok: false; code: string; fields?: Record<string, string>; retryAfterSeconds?: number };

/**
 * The wrapper for public (portal) server actions: errors go through the one error boundary and the
 * page gets the code to show in the visitor's language; an unexpected error (logged there) is `generic`.
 */
export async function portalAction<T>(fn: () => Promise<T>): Promise<PortalActionResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    const safe = toSafeError(err, "portal action");
    return {
      ok: false,
      code: safe.code === "internal_error" ? "generic" : safe.code,
      ...(safe.fields ? { fields: safe.fields } : {}),
      ...(safe.retryAfterSeconds ? { retryAfterSeconds: safe.retryAfterSeconds } : {}),
    };
  }
}
