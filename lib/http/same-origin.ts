import { detail } from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import { appUrl, env } from "@/lib/env";

/** A detail key: a staff member whose page is refused reads it in their language (staff-route.ts). */
const CROSS_ORIGIN = detail("common.cross_origin");

/**
 * Refuses a state-changing request that a browser sent from another site (403). The origin that
 * counts is APP_URL's; without APP_URL (development), the Host the request was sent to. Browsers send
 * `Origin` on every POST and `Sec-Fetch-Site` on every request, so a cross-site form or fetch always
 * carries one of them; a request with neither did not come from a browser (a script using its own
 * session cookie), which no other site can make on a staff member's behalf.
 */
export function requireSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (!allowedOrigins(request).has(origin.toLowerCase())) throw new DomainError("forbidden", CROSS_ORIGIN);
    return;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") throw new DomainError("forbidden", CROSS_ORIGIN);
}

function allowedOrigins(request: Request): Set<string> {
  const allowed = new Set([new URL(appUrl()).origin.toLowerCase()]);
  if (!env().APP_URL) {
    const host = request.headers.get("host");
    if (host) allowed.add(`${new URL(request.url).protocol}//${host}`.toLowerCase());
  }
  return allowed;
}
