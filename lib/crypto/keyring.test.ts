import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateKeyringSpec, parseKeyring } from "./keyring";

const b64 = (n: number) => randomBytes(n).toString("base64");

describe("parseKeyring", () => {
  it("takes the first key as current and keeps all keys", () => {
    const a = b64(32);
    const b = b64(32);
    const ring = parseKeyring(`k2:${a}, k1:${b}`);
    expect(ring.currentId).toBe("k2");
    expect([...ring.keys.keys()]).toEqual(["k2", "k1"]);
    expect(ring.keys.get("k1")).toEqual(Buffer.from(b, "base64"));
  });

  it("accepts URL-safe base64", () => {
    const key = randomBytes(32);
    expect(parseKeyring(`k1:${key.toString("base64url")}`).keys.get("k1")).toEqual(key);
  });

  it.each([
    ["", /empty/],
    ["   ", /empty/],
    [`k1:${b64(32)},`, /empty keyring entry 2/],
    ["k1", /no ':'/],
    [`k.1:${b64(32)}`, /invalid key id/],
    [`:${b64(32)}`, /invalid key id/],
    [`k1:${b64(32)},k1:${b64(32)}`, /more than once/],
    ["k1:not*base64!", /not valid base64/],
    [`k1:${b64(16)}`, /32 bytes, got 16/],
  ])("rejects %j", (spec, message) => {
    expect(() => parseKeyring(spec)).toThrow(message);
  });

  it("never echoes key material in errors", () => {
    const shortKey = b64(16);
    try {
      parseKeyring(`k1:${shortKey}`);
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(shortKey);
    }
  });
});

describe("generateKeyringSpec", () => {
  it("produces a parseable spec with a fresh 32-byte key", () => {
    const spec = generateKeyringSpec("main");
    const ring = parseKeyring(spec);
    expect(ring.currentId).toBe("main");
    expect(ring.keys.get("main")).toHaveLength(32);
    expect(generateKeyringSpec()).not.toBe(generateKeyringSpec());
    expect(parseKeyring(generateKeyringSpec()).currentId).toBe("k1");
  });

  it("refuses key ids that would break the token format", () => {
    expect(() => generateKeyringSpec("a.b")).toThrow(/Invalid key id/);
  });
});
