import { isIP } from "node:net";

export type AddressClass = "public" | "private" | "loopback" | "forbidden";

function v4(addr: string): number[] {
  return addr.split(".").map(Number);
}

/**
 * What an IP address is, for the webhook SSRF rules: link-local (169.254/16 — the cloud metadata
 * service lives there —, fe80::/10), unspecified, multicast, broadcast and the known metadata
 * addresses are forbidden always; loopback and private ranges only with WEBHOOK_ALLOW_PRIVATE_URLS.
 */
export function classifyAddress(address: string): AddressClass {
  let a = address.toLowerCase();
  if (a.startsWith("[") && a.endsWith("]")) a = a.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1]!;
  const family = isIP(a);
  if (family === 4) {
    const [x, y] = v4(a) as [number, number, number, number];
    if (x === 0 || x >= 224) return "forbidden"; // unspecified, multicast, reserved, broadcast
    if (x === 169 && y === 254) return "forbidden"; // link-local, cloud metadata (169.254.169.254)
    if (x === 100 && y === 100 && a === "100.100.100.200") return "forbidden"; // Alibaba metadata
    if (x === 127) return "loopback";
    if (x === 10 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168)) return "private";
    if (x === 100 && y >= 64 && y <= 127) return "private"; // carrier-grade NAT
    return "public";
  }
  if (family === 6) {
    if (a === "::") return "forbidden";
    if (a === "::1") return "loopback";
    if (/^fe[89ab]/.test(a)) return "forbidden"; // link-local
    if (a.startsWith("ff")) return "forbidden"; // multicast
    if (a.startsWith("fd00:ec2::")) return "forbidden"; // AWS metadata over IPv6
    if (/^f[cd]/.test(a)) return "private"; // unique local
    return "public";
  }
  return "forbidden";
}

/** Whether an endpoint may be sent to at this address. */
export function addressAllowed(address: string, allowPrivate: boolean): boolean {
  const c = classifyAddress(address);
  return c === "public" || (allowPrivate && (c === "private" || c === "loopback"));
}

/**
 * Checks an endpoint URL's form (no address look-up): https, or http only when private addresses are
 * allowed; no credentials in it. Returns the reason it is refused, or null.
 */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL (https://…)";
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) return "must start with https://";
  if (url.username || url.password) return "must not contain a user name or password";
  const host = url.hostname;
  if (isIP(host.replace(/^\[|\]$/g, "")) && !addressAllowed(host, allowPrivate))
    return "points to an address that is not allowed (link-local, metadata, private or loopback)";
  if (!allowPrivate && /^(localhost|.*\.localhost|.*\.internal|.*\.local)$/i.test(host))
    return "points to a local host name";
  return null;
}
