import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local webhook receiver: answers each POST with the next status of `codes` (then 200) and keeps what it got. */
export async function receiver(codes: number[] = []) {
  const got: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const code = codes.shift() ?? 200;
      res
        .writeHead(code, { "content-type": "text/plain" })
        .end(code < 300 ? "thanks" : `nope ${code} ${"x".repeat(2000)}`);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, got, close: () => new Promise<void>((r) => server.close(() => r())) };
}
