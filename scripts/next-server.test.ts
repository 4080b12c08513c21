import type http from "node:http";
import { expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/net/proxy-addr";
import { stampClientAddress } from "./next-server";

const request = (remoteAddress: string, headers: http.IncomingHttpHeaders) =>
  ({ socket: { remoteAddress }, headers }) as unknown as http.IncomingMessage;

it("replaces a client-sent address header with the socket address when no proxy is trusted", () => {
  const req = request("::ffff:192.0.2.10", { "x-forwarded-for": "6.6.6.6", "x-dsr-client-address": "7.7.7.7" });
  stampClientAddress(req);
  expect(req.headers["x-dsr-client-address"]).toBe("192.0.2.10");
});

it("honours the X-Forwarded-For entry of a trusted proxy (TRUSTED_PROXIES), not the client's own", () => {
  const trusted = parseTrustedProxies("10.0.0.0/8,::1");
  const viaProxy = request("10.9.8.7", { "x-forwarded-for": "6.6.6.6, 198.51.100.20", "x-dsr-client-address": "x" });
  stampClientAddress(viaProxy, trusted);
  expect(viaProxy.headers["x-dsr-client-address"]).toBe("198.51.100.20");
  const direct = request("198.51.100.30", { "x-forwarded-for": "6.6.6.6" });
  stampClientAddress(direct, trusted);
  expect(direct.headers["x-dsr-client-address"]).toBe("198.51.100.30");
});
