/**
 * The caller's address for rate limiting. `next start` records the socket address as the last
 * X-Forwarded-For hop; behind N trusted proxies (TRUST_PROXY_HOPS) the address is that many hops
 * further from the end. Earlier hops are client-controlled and never trusted.
 */
export function clientIp(request: Request, trustedHops = 0): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops[hops.length - 1 - trustedHops] ?? hops[0] ?? request.headers.get("x-real-ip") ?? "unknown";
}
