import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DOMAIN_ERROR_STATUS, DomainError } from "@/lib/domain/errors";
import { errorToResponse, INTERNAL_ERROR_MESSAGE, toSafeError } from "./error-boundary";
import { apiRoute } from "./api-route";
import { portalAction } from "./portal-action";

const logged = vi.hoisted(() => [] as unknown[][]);
vi.mock("@/lib/log", () => ({
  childLogger: () => ({ error: (...args: unknown[]) => logged.push(args), warn: () => {}, info: () => {} }),
}));

describe("error boundary", () => {
  it("answers rate_limited with 429 and Retry-After", async () => {
    const res = errorToResponse(new DomainError("rate_limited", "Slow down.", undefined, 42), "test");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: { code: "rate_limited", message: "Slow down." } });
  });

  it("sends no Retry-After when the error has none", () => {
    expect(errorToResponse(new DomainError("conflict", "Changed meanwhile."), "test").headers.has("retry-after")).toBe(
      false,
    );
  });

  it("answers every domain code with the status of DomainError's table, fields included", async () => {
    for (const [code, status] of Object.entries(DOMAIN_ERROR_STATUS)) {
      const res = errorToResponse(new DomainError(code as keyof typeof DOMAIN_ERROR_STATUS, "m", { f: "bad" }), "t");
      expect(res.status).toBe(status);
      expect(await res.json()).toEqual({ error: { code, message: "m", fields: { f: "bad" } } });
    }
  });

  it("turns a validation error into invalid_request with the fields", () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: "nope" });
    expect(toSafeError(parsed.error, "test")).toMatchObject({
      status: 400,
      code: "invalid_request",
      fields: { email: expect.any(String) },
    });
  });

  it("answers an unknown error with a generic 500, logs it, and never shows its message or stack", async () => {
    logged.length = 0;
    const err = new Error("connection to 10.0.0.5 refused: password=hunter2");
    const res = errorToResponse(err, "/api/x");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: INTERNAL_ERROR_MESSAGE } });
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("at ");
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toMatchObject({ err: err.message, context: "/api/x" });
  });

  it("handles thrown non-errors as unknown errors", () => {
    expect(toSafeError("boom", "t")).toEqual({ status: 500, code: "internal_error", message: INTERNAL_ERROR_MESSAGE });
  });
});

describe("wrappers go through the boundary", () => {
  it("apiRoute keeps Retry-After and hides unknown errors", async () => {
    const limited = apiRoute(async () => {
      throw new DomainError("rate_limited", "Later.", undefined, 7);
    });
    const res = await limited(new Request("http://x/api/y"), {});
    expect([res.status, res.headers.get("retry-after")]).toEqual([429, "7"]);
    const broken = apiRoute(async () => {
      throw new TypeError("x is undefined");
    });
    expect(await (await broken(new Request("http://x/api/y"), {})).json()).toEqual({
      error: { code: "internal_error", message: INTERNAL_ERROR_MESSAGE },
    });
  });

  it("portalAction reports the domain code, Retry-After, and `generic` for unknown errors", async () => {
    expect(
      await portalAction(async () => {
        throw new DomainError("rate_limited", "Later.", undefined, 9);
      }),
    ).toEqual({ ok: false, code: "rate_limited", retryAfterSeconds: 9 });
    expect(
      await portalAction(async () => {
        throw new Error("db down");
      }),
    ).toEqual({ ok: false, code: "generic" });
  });
});
