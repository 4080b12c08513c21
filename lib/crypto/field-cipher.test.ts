import { describe, expect, it } from "vitest";
import {
  DecryptionError,
  decryptField,
  decryptNullable,
  encryptField,
  encryptNullable,
  needsReencryption,
} from "./field-cipher";
import { generateKeyringSpec, parseKeyring } from "./keyring";

const oldSpec = generateKeyringSpec("k1");
const oldRing = parseKeyring(oldSpec);
const rotatedRing = parseKeyring(`${generateKeyringSpec("k2")},${oldSpec}`);

function expectDecryptionError(fn: () => unknown, reason: DecryptionError["reason"]) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DecryptionError);
    expect((error as DecryptionError).reason).toBe(reason);
    return;
  }
  expect.unreachable("expected a DecryptionError");
}

/** Flips one bit in the given base64url part of a token. */
function tamper(token: string, partIndex: number): string {
  const parts = token.split(".");
  const bytes = Buffer.from(parts[partIndex]!, "base64url");
  bytes[0] = bytes[0]! ^ 0x01;
  parts[partIndex] = bytes.toString("base64url");
  return parts.join(".");
}

describe("encryptField / decryptField", () => {
  it.each(["jane.doe@example.org", "", "Zoë Ölçer — 東京 🚀", "x".repeat(10_000)])("round-trips %#", (plaintext) => {
    expect(decryptField(oldRing, encryptField(oldRing, plaintext))).toBe(plaintext);
    expect(decryptField(oldRing, encryptField(oldRing, plaintext, "ctx"), "ctx")).toBe(plaintext);
  });

  it("produces the documented token shape with a fresh IV each time", () => {
    const a = encryptField(oldRing, "same");
    const b = encryptField(oldRing, "same");
    expect(a).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
  });

  it("does not leak the plaintext", () => {
    const plaintext = "jane.doe@example.org";
    const token = encryptField(oldRing, plaintext);
    expect(token).not.toContain(plaintext);
    expect(token).not.toContain(Buffer.from(plaintext).toString("base64url"));
    const ciphertext = Buffer.from(token.split(".")[4]!, "base64url");
    expect(ciphertext.includes(Buffer.from(plaintext))).toBe(false);
  });

  it("fails when the AAD differs or is missing", () => {
    const token = encryptField(oldRing, "secret", "requests.email:1");
    expectDecryptionError(() => decryptField(oldRing, token, "requests.email:2"), "authentication_failed");
    expectDecryptionError(() => decryptField(oldRing, token), "authentication_failed");
    const plain = encryptField(oldRing, "secret");
    expectDecryptionError(() => decryptField(oldRing, plain, "requests.email:1"), "authentication_failed");
  });

  it.each([
    ["iv", 2],
    ["tag", 3],
    ["ciphertext", 4],
  ])("detects a tampered %s", (_name, partIndex) => {
    const token = encryptField(oldRing, "secret value");
    expectDecryptionError(() => decryptField(oldRing, tamper(token, partIndex)), "authentication_failed");
  });

  it("fails with a key of the same id but different bytes", () => {
    const impostor = parseKeyring(generateKeyringSpec("k1"));
    expectDecryptionError(() => decryptField(impostor, encryptField(oldRing, "secret")), "authentication_failed");
  });

  it("rejects unknown key ids", () => {
    const token = encryptField(rotatedRing, "secret");
    expectDecryptionError(() => decryptField(oldRing, token), "unknown_key");
  });

  it.each([
    "",
    "plaintext",
    "v2.k1.a.b.c",
    "v1.k1.AAAA.AAAA",
    "v1..AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AA",
    "v1.k1.AAAA.AAAAAAAAAAAAAAAAAAAAAA.AA",
    "v1.k1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.A*A",
  ])("rejects malformed token %j", (token) => {
    expectDecryptionError(() => decryptField(oldRing, token), "malformed");
  });
});

describe("nullable helpers", () => {
  it("pass null and undefined through as null", () => {
    expect(encryptNullable(oldRing, null)).toBeNull();
    expect(encryptNullable(oldRing, undefined)).toBeNull();
    expect(decryptNullable(oldRing, null)).toBeNull();
    expect(decryptNullable(oldRing, undefined)).toBeNull();
  });

  it("encrypt and decrypt real values, including the empty string", () => {
    for (const value of ["", "+44 20 7946 0000"]) {
      const token = encryptNullable(oldRing, value, "aad");
      expect(token).not.toBeNull();
      expect(decryptNullable(oldRing, token, "aad")).toBe(value);
    }
  });
});

describe("key rotation", () => {
  it("decrypts old values with a keyring that still holds the old key, and flags them", () => {
    const old = encryptField(oldRing, "historic", "aad");
    expect(decryptField(rotatedRing, old, "aad")).toBe("historic");
    expect(needsReencryption(rotatedRing, old)).toBe(true);
    expect(needsReencryption(oldRing, old)).toBe(false);

    const fresh = encryptField(rotatedRing, "historic", "aad");
    expect(fresh.startsWith("v1.k2.")).toBe(true);
    expect(needsReencryption(rotatedRing, fresh)).toBe(false);
  });

  it("throws on malformed tokens rather than guessing", () => {
    expectDecryptionError(() => needsReencryption(rotatedRing, "garbage"), "malformed");
  });
});
