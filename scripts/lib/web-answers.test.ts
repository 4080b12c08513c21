import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerFailure } from "./web-answers";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A real server whose handler throws `err`, answered by answerFailure as scripts/next-server.ts does. */
async function answerTo(err: Error, path: string): Promise<Response> {
  server = http.createServer((req, res) => void Promise.reject(err).catch((e: Error) => answerFailure(e, req, res)));
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return fetch(`http://127.0.0.1:${port}${path}`);
}

describe("answerFailure", () => {
  it("answers 503 with Retry-After when the database stopped answering (a page)", async () => {
    const res = await answerTo(
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      "/staff/requests",
    );
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await res.text();
    expect(body).toContain("Service briefly unavailable");
    expect(body).toContain("Service momentanément indisponible");
  });

  it("answers the API in JSON", async () => {
    const res = await answerTo(
      Object.assign(new Error("terminating connection"), { code: "57P01" }),
      "/api/v1/requests",
    );
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "service_unavailable" } });
  });

  it("answers any other failure with a bare 500 and no message", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await answerTo(new Error("secret detail"), "/staff/requests");
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("");
    quiet.mockRestore();
  });
});
