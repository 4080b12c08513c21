import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json";
import { serveDirect } from "./direct-routes";
import { webProcessCount } from "./web-cluster";

// A route like the intake's: the same wrapper and JSON reader (64 kB cap), answering what it read.
const handler = apiRoute(async (request: Request) => {
  const body = await readJsonBody(request);
  return Response.json({ got: body.value }, { status: 202, headers: { "cache-control": "no-store" } });
});

let server: http.Server;
let origin: string;
beforeAll(async () => {
  server = http.createServer((req, res) => void serveDirect(handler, req, res, origin));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Posts on one kept-alive connection (maxSockets 1): a reset socket would fail the next call. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function post(body: string, type = "application/json") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.request(
      `${origin}/api/v1/requests`,
      { method: "POST", agent, headers: { "content-type": type, "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("route handlers served by the web server without Next's router", () => {
  it("answers through the route's wrapper, with the proxy's security headers", async () => {
    const ok = await post(JSON.stringify({ a: 1 }));
    expect(ok.status).toBe(202);
    expect(JSON.parse(ok.text)).toEqual({ got: { a: 1 } });
    expect(ok.headers["x-content-type-options"]).toBe("nosniff");
    expect(ok.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(ok.headers["cache-control"]).toBe("no-store");
    const bad = await post("{not json");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ error: { code: "invalid_request" } });
    expect((await post("x", "text/plain")).status).toBe(415);
  });

  it("keeps the connection usable after a body it stopped reading (413), for the client's next call", async () => {
    const big = await post(JSON.stringify({ pad: "x".repeat(200_000) }));
    expect(big.status).toBe(413);
    const next = await post(JSON.stringify({ b: 2 }));
    expect(next.status).toBe(202);
    expect(JSON.parse(next.text)).toEqual({ got: { b: 2 } });
  });
});

describe("WEB_PROCESSES", () => {
  it("is the setting when given, one per two cores (at most 4) by default, one in dev", () => {
    expect(webProcessCount(false, "3")).toBe(3);
    expect(webProcessCount(true, "3")).toBe(3);
    expect(webProcessCount(true, undefined)).toBe(1);
    const byCores = webProcessCount(false, undefined);
    expect(byCores).toBeGreaterThanOrEqual(1);
    expect(byCores).toBeLessThanOrEqual(4);
    expect(webProcessCount(false, "zero")).toBe(byCores);
  });
});
