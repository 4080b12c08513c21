import { CLIENT_ADDRESS_HEADER } from "./proxy-addr";

/**
 * The caller's address for rate limits and throttles, as decided by the web server in front of Next
 * (scripts/next-server.ts: the socket address, or a trusted proxy's X-Forwarded-For entry; see
 * proxy-addr.ts). X-Forwarded-For itself is never read here: under `next start` the client sets it.
 * Without the header (Next started some other way) every caller shares the one key "unknown": the
 * limits then bite sooner for everyone rather than not at all.
 */
export function clientIp(request: Request): string {
  return clientAddressFromHeaders(request.headers);
}

/** The same, from next-auth's plain header object or a Headers. */
export function clientAddressFromHeaders(headers: Record<string, unknown> | Headers | undefined): string {
  if (!headers) return "unknown";
  const value =
    headers instanceof Headers
      ? headers.get(CLIENT_ADDRESS_HEADER)
      : ((v) => (typeof v === "string" ? v : Array.isArray(v) ? String(v[0]) : null))(headers[CLIENT_ADDRESS_HEADER]);
  return value?.trim() || "unknown";
}
