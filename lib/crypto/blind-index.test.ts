import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { blindIndex, emailBlindIndex, normaliseEmail } from "./blind-index";

const key = randomBytes(32);

describe("normaliseEmail", () => {
  it.each([
    ["  Jane.Doe@Example.ORG \n", "jane.doe@example.org"],
    ["jane+shop@example.org", "jane+shop@example.org"],
    ["Jane+Shop@Example.org", "jane+shop@example.org"],
    ["j.a.n.e@gmail.com", "j.a.n.e@gmail.com"],
    // "é" as e + combining acute (NFD) becomes the single precomposed code point.
    ["Ze\u0301lie@example.fr", "z\u00e9lie@example.fr"],
    ["Z\u00c9LIE@example.fr", "z\u00e9lie@example.fr"],
  ])("%j -> %j", (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});

describe("blindIndex", () => {
  it("is HMAC-SHA256 hex and deterministic", () => {
    const expected = createHmac("sha256", key).update("value").digest("hex");
    expect(blindIndex(key, "value")).toBe(expected);
    expect(blindIndex(key, "value")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("depends on the key", () => {
    expect(blindIndex(randomBytes(32), "value")).not.toBe(blindIndex(key, "value"));
  });

  it("refuses short keys", () => {
    expect(() => blindIndex(randomBytes(8), "value")).toThrow(/at least 32 bytes/);
  });
});

describe("emailBlindIndex", () => {
  it("matches across case, whitespace and Unicode form, but not across sub-addresses", () => {
    const base = emailBlindIndex(key, "zélie@example.fr");
    expect(emailBlindIndex(key, "  ZE\u0301LIE@EXAMPLE.FR ")).toBe(base);
    expect(emailBlindIndex(key, "zélie+news@example.fr")).not.toBe(base);
  });
});
