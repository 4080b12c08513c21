import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { errorToResponse, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/http/error-boundary";
import { isDatabaseUnavailable } from "./unavailable";

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

describe("database unavailable", () => {
  it("a real connection refused becomes 503 with Retry-After, not 500", async () => {
    const pool = new pg.Pool({ host: "127.0.0.1", port: await closedPort(), user: "x", database: "x" });
    const err = await pool.query("select 1").catch((e: unknown) => e);
    await pool.end();
    expect(isDatabaseUnavailable(err)).toBe(true);
    const res = errorToResponse(err, "test");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("10");
    expect(await res.json()).toEqual({ error: { code: "service_unavailable", message: SERVICE_UNAVAILABLE_MESSAGE } });
  });

  it("recognises server shutdown and a cut connection, wrapped or not, and nothing else", () => {
    expect(
      isDatabaseUnavailable({ code: "57P01", message: "terminating connection due to administrator command" }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: { code: "ECONNRESET" } }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "23505", message: "duplicate key value" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
