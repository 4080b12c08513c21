import { BlockList, isIP } from "node:net";

/**
 * Which address a request comes from, decided the way the `proxy-addr` package (Express's
 * `trust proxy`) decides: start at the socket's peer and walk X-Forwarded-For from the right, moving
 * on only while the hop we stand on is a trusted proxy. The first untrusted hop is the client; every
 * hop further left was written by that client and means nothing. With no trusted proxies the answer is
 * the socket address, whatever the headers say.
 */

/** proxy-addr's named ranges. */
const NAMED: Record<string, string[]> = {
  loopback: ["127.0.0.1/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

export interface TrustedProxies {
  /** Whether the hop at this address is a proxy whose X-Forwarded-For entry we believe. */
  trusts(address: string): boolean;
  readonly empty: boolean;
}

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) is 192.0.2.1; zone ids are dropped. */
export function normaliseAddress(raw: string): string {
  const address = raw.trim().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  return isIP(address) === 6 ? address.toLowerCase() : address;
}

/**
 * Parses TRUSTED_PROXIES: comma-separated addresses, CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`) and
 * the names loopback, linklocal, uniquelocal. Throws, naming the entry, on anything else.
 */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((e) => NAMED[e.toLowerCase()] ?? [e]);
  for (const entry of entries) {
    const [addressPart, prefixPart, ...rest] = entry.split("/");
    const address = normaliseAddress(addressPart ?? "");
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefix = prefixPart === undefined ? max : Number(prefixPart);
    if (!family || rest.length > 0 || !/^\d+$/.test(prefixPart ?? String(max)) || prefix > max)
      throw new Error(`TRUSTED_PROXIES: ${JSON.stringify(entry)} is not an IP address, CIDR range or known name`);
    list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return {
    empty: entries.length === 0,
    trusts(candidate: string) {
      const address = normaliseAddress(candidate);
      const family = isIP(address);
      if (!family) return false;
      return list.check(address, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the socket address unless it is a trusted proxy, then each X-Forwarded-For
 * hop from the right while the hop before it is trusted. An empty or malformed hop ends the walk at the
 * last address we could stand on (a trusted proxy would not write one).
 */
export function decideClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let current = normaliseAddress(socketAddress ?? "");
  if (!current) return "unknown";
  if (trusted.empty) return current;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((h) => normaliseAddress(h))
    .reverse();
  for (const hop of hops) {
    if (!trusted.trusts(current)) return current;
    if (!isIP(hop)) return current;
    current = hop;
  }
  return current;
}

/**
 * The header through which scripts/next-server.ts hands the decided address to Next. The server
 * deletes whatever a client sent under this name before setting it.
 */
export const CLIENT_ADDRESS_HEADER = "x-dsr-client-address";
