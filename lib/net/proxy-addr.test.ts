import { describe, expect, it } from "vitest";
import { decideClientAddress, normaliseAddress, parseTrustedProxies } from "./proxy-addr";

const none = parseTrustedProxies("");

describe("decideClientAddress (proxy-addr's rule)", () => {
  it("without trusted proxies answers the socket address, whatever X-Forwarded-For says", () => {
    expect(decideClientAddress("127.0.0.1", "198.51.100.7", none)).toBe("127.0.0.1");
    expect(decideClientAddress("203.0.113.9", "1.1.1.1, 2.2.2.2", none)).toBe("203.0.113.9");
    expect(decideClientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(decideClientAddress(undefined, "1.1.1.1", none)).toBe("unknown");
  });

  it("behind a trusted proxy takes the hop it added, and no further", () => {
    const lb = parseTrustedProxies("10.0.0.0/8");
    expect(decideClientAddress("10.1.2.3", "198.51.100.7", lb)).toBe("198.51.100.7");
    // The client prepended a value of its own: only the proxy's (rightmost) entry counts.
    expect(decideClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7", lb)).toBe("198.51.100.7");
    // A request that did not come through the proxy: the header is ignored.
    expect(decideClientAddress("198.51.100.8", "6.6.6.6", lb)).toBe("198.51.100.8");
    // Trusted but no header: the proxy itself.
    expect(decideClientAddress("10.1.2.3", undefined, lb)).toBe("10.1.2.3");
  });

  it("walks through a chain of trusted proxies, skipping each trusted hop", () => {
    const chain = parseTrustedProxies("10.0.0.1, 192.168.0.0/16");
    expect(decideClientAddress("10.0.0.1", "198.51.100.7, 192.168.4.4", chain)).toBe("198.51.100.7");
    expect(decideClientAddress("10.0.0.1", "6.6.6.6, 198.51.100.7, 192.168.4.4", chain)).toBe("198.51.100.7");
    // Everything trusted: the leftmost address.
    expect(decideClientAddress("10.0.0.1", "192.168.1.1, 192.168.4.4", chain)).toBe("192.168.1.1");
    // A hop that is not an address stops the walk at the last trusted one.
    expect(decideClientAddress("10.0.0.1", "198.51.100.7, garbage", chain)).toBe("10.0.0.1");
  });

  it("matches IPv6 ranges, and IPv4-mapped socket addresses against IPv4 ranges", () => {
    const v6 = parseTrustedProxies("2001:db8::/32, 127.0.0.1");
    expect(decideClientAddress("2001:DB8::1", "2001:db8:ffff::1, 2a00:1450::5", v6)).toBe("2a00:1450::5");
    expect(decideClientAddress("::ffff:127.0.0.1", "198.51.100.7", v6)).toBe("198.51.100.7");
    expect(decideClientAddress("::1", "198.51.100.7", v6)).toBe("::1");
    expect(decideClientAddress("::1", "198.51.100.7", parseTrustedProxies("loopback"))).toBe("198.51.100.7");
    expect(decideClientAddress("fd00::2", "::ffff:198.51.100.7", parseTrustedProxies("uniquelocal"))).toBe(
      "198.51.100.7",
    );
  });
});

describe("parseTrustedProxies", () => {
  it("refuses what is not an address, a range or a known name, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow('"10.0.0.0/33"');
    expect(() => parseTrustedProxies("proxy.internal")).toThrow('"proxy.internal"');
    expect(() => parseTrustedProxies("1")).toThrow('"1"');
    expect(parseTrustedProxies(" 10.0.0.1 , fe80::/10 ").trusts("fe80::abcd")).toBe(true);
  });

  it("normalises addresses used as rate-limit keys", () => {
    expect(normaliseAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("FE80::1%eth0")).toBe("fe80::1");
  });
});
