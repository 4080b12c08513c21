import { describe, expect, it } from "vitest";
import { gateRequest } from "./request-gate";

const gate = (method: string, url: string, contentLength?: string) => gateRequest({ method, url, contentLength });

describe("the request gate in front of Next", () => {
  it("lets ordinary requests through", () => {
    expect(gate("GET", "/en/status/abc?x=1")).toBeNull();
    expect(gate("POST", "/api/v1/requests", "512")).toBeNull();
    expect(gate("GET", "/fr/%C3%A9t%C3%A9")).toBeNull();
  });
  it("refuses TRACE and unknown methods with 405 and Allow", () => {
    const r = gate("TRACE", "/api/v1/requests");
    expect(r?.status).toBe(405);
    expect(r?.headers?.allow).toContain("GET");
    expect(gate("PROPFIND", "/")?.status).toBe(405);
  });
  it("refuses a path whose percent-encoding does not decode with 400", () => {
    expect(gate("GET", "/%E0%A4%A")?.status).toBe(400);
    expect(gate("POST", "/en/status/%E0%A4%A/download")?.status).toBe(400);
  });
  it("refuses a NUL in the path or the query with 400", () => {
    expect(gate("GET", "/dev/mailbox?to=%00")?.status).toBe(400);
    expect(gate("GET", "/a%00b")?.status).toBe(400);
  });
  it("refuses a declared body over the limit with 413, and a nonsense length with 400", () => {
    expect(gate("POST", "/en/request", String(1_048_577))?.status).toBe(413);
    expect(gate("POST", "/en/request", "abc")?.status).toBe(400);
  });
});

describe("the authorised agent's upload", () => {
  const upload = { uploadLimitBytes: 5_242_880 + 65_536 };
  it("may exceed the body limit on POST /{locale}/agent/submit only, up to the upload limit", () => {
    expect(gateRequest({ method: "POST", url: "/en/agent/submit", contentLength: "3000000", ...upload })).toBeNull();
    expect(
      gateRequest({ method: "POST", url: "/fr/agent/submit", contentLength: String(5_242_880 + 65_537), ...upload }),
    ).toMatchObject({ status: 413 });
    expect(
      gateRequest({ method: "POST", url: "/en/request/access", contentLength: "3000000", ...upload }),
    ).toMatchObject({ status: 413 });
    expect(gateRequest({ method: "PUT", url: "/en/agent/submit", contentLength: "3000000", ...upload })).toMatchObject({
      status: 413,
    });
  });
});

describe("thread attachments: the status page's reply and a staff message take 3 files", () => {
  const limits = { bodyLimitBytes: 1_048_576, attachmentLimitBytes: 3 * 10_485_760 + 1_048_576 };
  it("lets a reply with files through on those two pages only", () => {
    const big = String(3 * 10_485_760);
    expect(gateRequest({ method: "POST", url: "/fr/status/abc_DEF-123", contentLength: big, ...limits })).toBeNull();
    expect(
      gateRequest({
        method: "POST",
        url: "/staff/requests/0b7c8a34-5d7e-4f5e-9b7a-1c2d3e4f5a6b",
        contentLength: big,
        ...limits,
      }),
    ).toBeNull();
    expect(gateRequest({ method: "POST", url: "/fr/request/access", contentLength: big, ...limits })?.status).toBe(413);
    expect(
      gateRequest({ method: "POST", url: "/en/status/abc", contentLength: String(40 * 1_048_576), ...limits })?.status,
    ).toBe(413);
  });
});
