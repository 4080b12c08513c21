import { env } from "@/lib/env";

/**
 * The client's address from next-auth's request headers, read like lib/http/client-ip.ts: the last
 * X-Forwarded-For hop (set by `next start`), or TRUST_PROXY_HOPS further from the end.
 */
export function clientAddressFromHeaders(headers: Record<string, unknown> | Headers | undefined): string {
  const get = (name: string): string | null => {
    if (!headers) return null;
    if (headers instanceof Headers) return headers.get(name);
    const v = headers[name];
    return typeof v === "string" ? v : Array.isArray(v) ? String(v[0]) : null;
  };
  const hops = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops[hops.length - 1 - env().TRUST_PROXY_HOPS] ?? hops[0] ?? get("x-real-ip") ?? "unknown";
}
