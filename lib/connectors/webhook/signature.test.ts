import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSystemSecret, signPayload, verifySignature } from "./signature";

const secret = "whsec_test-secret";
const body = JSON.stringify({ taskId: "00000000-0000-4000-8000-000000000000", status: "succeeded" });
const now = new Date("2025-06-13T10:00:00Z");
const ts = String(Math.floor(now.getTime() / 1000));

describe("signPayload", () => {
  it("is sha256=<hex> of HMAC-SHA256 over `${timestamp}.${rawBody}`", () => {
    const expected = createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex");
    expect(signPayload(secret, ts, body)).toBe(`sha256=${expected}`);
    expect(signPayload(secret, Number(ts), body)).toBe(`sha256=${expected}`);
  });
});

describe("verifySignature", () => {
  const signature = signPayload(secret, ts, body);

  it("accepts a fresh, correctly signed message (either case of hex)", () => {
    expect(verifySignature({ secret, timestamp: ts, signature, rawBody: body, now })).toEqual({ ok: true });
    expect(verifySignature({ secret, timestamp: ts, signature: signature.toUpperCase(), rawBody: body, now })).toEqual({
      ok: true,
    });
  });

  it("refuses another secret, a changed body, a moved timestamp, a missing or malformed header", () => {
    const bad = (p: Partial<Parameters<typeof verifySignature>[0]>) =>
      verifySignature({ secret, timestamp: ts, signature, rawBody: body, now, ...p });
    expect(bad({ secret: "whsec_other" })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ rawBody: body.replace("succeeded", "failed") })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ rawBody: body + " " })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ timestamp: String(Number(ts) + 1) })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ signature: null })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ timestamp: null })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ signature: signature.slice("sha256=".length) })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ signature: "sha256=abc" })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(bad({ signature: `sha1=${"0".repeat(40)}` })).toEqual({ ok: false, reason: "invalid_signature" });
  });

  it("accepts up to five minutes of clock difference either way, not more", () => {
    const at = (offsetSeconds: number) => {
      const t = String(Number(ts) + offsetSeconds);
      return verifySignature({ secret, timestamp: t, signature: signPayload(secret, t, body), rawBody: body, now });
    };
    expect(at(-300)).toEqual({ ok: true });
    expect(at(300)).toEqual({ ok: true });
    expect(at(-301)).toEqual({ ok: false, reason: "stale_timestamp" });
    expect(at(301)).toEqual({ ok: false, reason: "stale_timestamp" });
  });

  it("calls a correctly signed but non-numeric timestamp stale", () => {
    const t = "soon";
    expect(
      verifySignature({ secret, timestamp: t, signature: signPayload(secret, t, body), rawBody: body, now }),
    ).toEqual({ ok: false, reason: "stale_timestamp" });
  });
});

describe("generateSystemSecret", () => {
  it("gives 32 random bytes, different every time", () => {
    const a = generateSystemSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateSystemSecret()).not.toBe(a);
  });
});
