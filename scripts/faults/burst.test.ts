import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burst } from "./burst";

/** A stand-in intake that answers by the submission number in the address: 202, 503 (± Retry-After), 500, 429. */
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const n = Number(/^f-t-(\d+)-/.exec((JSON.parse(body) as { email: string }).email)![1]);
      if (n % 5 === 0) return void res.writeHead(202).end(JSON.stringify({ id: `id-${n}` }));
      if (n % 5 === 1) return void res.writeHead(503, { "retry-after": "5" }).end("down");
      if (n % 5 === 2) return void res.writeHead(503).end("down");
      if (n % 5 === 3) return void res.writeHead(500).end("boom");
      res.writeHead(429).end("slow down");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe("burst", () => {
  it("sorts every answer: accepted with their ids, 503 with and without Retry-After, 500, 4xx, no server", async () => {
    const r = await burst({ baseUrls: [base], tag: "t", count: 20, concurrency: 4 });
    expect(r.sent).toBe(20);
    expect(r.accepted.map((a) => a.id).sort()).toEqual(["id-0", "id-10", "id-15", "id-5"]);
    expect(r.accepted.every((a) => /^f-t-\d+-[0-9a-f]{6}@faults\.test$/.test(a.email))).toBe(true);
    expect([r.unavailable, r.unavailableWithoutRetryAfter, r.serverErrors]).toEqual([8, 4, 4]);
    expect(r.serverErrorSamples[0]).toBe("500 boom");
    expect(r.other).toEqual({ 429: 4 });
    const refused = await burst({ baseUrls: ["http://127.0.0.1:1"], tag: "t", count: 2 });
    expect(refused.networkErrors).toBe(2);
    expect(refused.answers.map((a) => a.status)).toEqual([0, 0]);
  });
});
