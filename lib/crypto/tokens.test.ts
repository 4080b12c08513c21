import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateNumericCode, generateToken, hashToken, safeEqualHex } from "./tokens";

describe("generateToken", () => {
  it("returns base64url of the requested size and never repeats", () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(Buffer.from(generateToken(48), "base64url")).toHaveLength(48);
    const seen = new Set(Array.from({ length: 1000 }, () => generateToken()));
    expect(seen.size).toBe(1000);
  });

  it("refuses weak or nonsensical sizes", () => {
    for (const bytes of [0, 8, 15, 16.5, Number.NaN]) expect(() => generateToken(bytes)).toThrow();
  });
});

describe("hashToken", () => {
  it("is sha256 hex and differs from the token", () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken("123456")).not.toBe(hashToken("123457"));
  });
});

describe("generateNumericCode", () => {
  it("returns zero-padded digits of the requested length", () => {
    for (let i = 0; i < 200; i++) expect(generateNumericCode()).toMatch(/^\d{6}$/);
    expect(generateNumericCode(1)).toMatch(/^\d$/);
    expect(generateNumericCode(14)).toMatch(/^\d{14}$/);
  });

  it("refuses bad lengths", () => {
    for (const digits of [0, -1, 2.5, 15]) expect(() => generateNumericCode(digits)).toThrow();
  });

  it("covers every digit value roughly uniformly, including leading zeros", () => {
    // 20k single-digit draws: each bucket expects 2000; ±400 is > 6 standard deviations.
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[Number(generateNumericCode(1))]! += 1;
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(400);

    // Leading digit of 6-digit codes must be 0 about 10% of the time (padding, not truncation).
    let leadingZero = 0;
    for (let i = 0; i < 20_000; i++) if (generateNumericCode(6).startsWith("0")) leadingZero += 1;
    expect(Math.abs(leadingZero - 2000)).toBeLessThan(400);
  });
});

describe("safeEqualHex", () => {
  const hash = hashToken("abc");
  it("compares hex strings", () => {
    expect(safeEqualHex(hash, hashToken("abc"))).toBe(true);
    expect(safeEqualHex(hash, hash.toUpperCase())).toBe(true);
    expect(safeEqualHex(hash, hashToken("abd"))).toBe(false);
  });

  it("returns false instead of throwing for different lengths or non-hex input", () => {
    expect(safeEqualHex(hash, hash.slice(0, 62))).toBe(false);
    expect(safeEqualHex("zz", "zz")).toBe(false);
    expect(safeEqualHex("abc", "abc")).toBe(false);
    expect(safeEqualHex("", "")).toBe(true);
  });
});
