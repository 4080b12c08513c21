import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse, isWholeStaffResponse, writeWhole } from "./response-compression";

// A server that answers as Next does: a streamed body in many chunks, flushing after each.
const CHUNK = "<tr><td>row</td></tr>".repeat(100);
let server: http.Server;
let base: string;
const writesSeen: Record<string, number> = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? "";
    const socketWrite = res.socket!.write.bind(res.socket!);
    let writes = 0;
    (res.socket as unknown as { write: unknown }).write = (...args: unknown[]) => {
      writes++;
      return (socketWrite as (...a: unknown[]) => boolean)(...args);
    };
    res.on("finish", () => (writesSeen[url] = writes));
    compressResponse(req, res);
    if (isWholeStaffResponse(req)) writeWhole(res);
    const type = url.endsWith(".csv") ? "text/csv" : "text/html; charset=utf-8";
    // A route handler's Response headers reach Node through Next's NodeNextResponse.appendHeader,
    // which sets each one as an array (base-http/node.js).
    res.setHeader("content-type", url.includes("route") ? [type] : type);
    res.flushHeaders();
    for (let i = 0; i < 20; i++) {
      res.write(`${CHUNK}${i}`);
      (res as unknown as { flush?: () => void }).flush?.();
    }
    res.end("</table>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function get(path: string, encoding = "gzip"): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers: { "accept-encoding": encoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      })
      .on("error", reject);
  });
}

const expected = Array.from({ length: 20 }, (_, i) => `${CHUNK}${i}`).join("") + "</table>";

describe("response compression", () => {
  it("compresses a staff page whole: the same body, far fewer socket writes than the streamed portal page", async () => {
    const staff = await get("/staff/requests");
    expect(staff.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(staff.body).toString()).toBe(expected);
    const portal = await get("/fr");
    expect(portal.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(portal.body).toString()).toBe(expected);
    // Chunked encoding: a few writes for the headers and the compressor's output, against ≥ 1 per flush.
    expect(writesSeen["/fr"]).toBeGreaterThan(20);
    expect(writesSeen["/staff/requests"]).toBeLessThan(writesSeen["/fr"]! / 3);
  });

  it("compresses a route handler's document too (its content type arrives as a one-element array)", async () => {
    const doc = await get("/staff/route-document");
    expect(doc.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(doc.body).toString()).toBe(expected);
  });

  it("sends the staff page uncompressed when gzip is not accepted, and streams other content types", async () => {
    const plain = await get("/staff/requests", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(expected);
    const csv = await get("/staff/reports/register.csv");
    expect(gunzipSync(csv.body).toString()).toBe(expected);
    expect(writesSeen["/staff/reports/register.csv"]).toBeGreaterThan(20);
  });

  it("holds only the staff screens' GETs", () => {
    const req = (method: string, url: string) => ({ method, url }) as http.IncomingMessage;
    expect(isWholeStaffResponse(req("GET", "/staff/requests?status=new"))).toBe(true);
    expect(isWholeStaffResponse(req("POST", "/staff/requests"))).toBe(false);
    expect(isWholeStaffResponse(req("GET", "/staffing"))).toBe(false);
    expect(isWholeStaffResponse(req("GET", "/fr"))).toBe(false);
  });
});
