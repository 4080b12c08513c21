import { isDomainError } from "@/lib/domain/errors";
import { childLogger } from "@/lib/log";

const log = childLogger("portal-action");

/**
 * The wrapper for public (portal) server actions: a domain error becomes its code for the page to
 * show in the visitor's language; anything else is logged and reported as `generic`.
 */
export async function portalAction<T>(
  fn: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; code: string; fields?: Record<string, string> }> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    if (isDomainError(err)) return { ok: false, code: err.code, fields: err.fields };
    log.error({ err: (err as Error).message, stack: (err as Error).stack }, "portal action failed");
    return { ok: false, code: "generic" };
  }
}
