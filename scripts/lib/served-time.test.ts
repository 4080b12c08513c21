import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BenchClient, bodyText } from "./bench-http";
import { SERVED_PREVIOUS_HEADER, trackServedTime } from "./served-time";

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    trackServedTime(req, res);
    // A response that takes 30 ms to finish after its head: the figure must cover it.
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("first part ");
    setTimeout(() => res.end(`of ${req.url}`), 30);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("served time", () => {
  it("gives each response's arrival-to-last-byte time with the next response on the connection", async () => {
    const client = new BenchClient(base, {});
    const a = await client.get("/a");
    const b = await client.get("/b");
    expect(bodyText(a)).toBe("first part of /a");
    expect(a.headers[SERVED_PREVIOUS_HEADER]).toBeUndefined();
    await client.flush("/c");
    const [sa, sb] = await Promise.all([a.served, b.served]);
    expect(sa!.ms).toBeGreaterThanOrEqual(29);
    expect(sb!.ms).toBeGreaterThanOrEqual(29);
    // The server's figure never exceeds what the client waited for the same response.
    expect(sa!.ms).toBeLessThanOrEqual(a.wall + 1);
    client.close();
  });

  it("sends nothing to a client that does not ask", async () => {
    const first = await fetch(`${base}/x`);
    await first.text();
    const second = await fetch(`${base}/y`);
    await second.text();
    expect(second.headers.get(SERVED_PREVIOUS_HEADER)).toBeNull();
  });
});
