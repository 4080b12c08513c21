import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveSecrets } from "./secrets";

describe("resolveSecrets", () => {
  it("generates secrets once and keeps them in DATA_DIR", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
    const first = resolveSecrets(dir, {});
    const second = resolveSecrets(dir, {});
    expect(second).toEqual(first);
    expect(Buffer.from(first.BLIND_INDEX_KEY, "base64")).toHaveLength(32);
    expect(first.DATA_ENCRYPTION_KEYS).toMatch(/^k1:/);
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
  });

  it("lets the environment override a stored secret", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
    expect(resolveSecrets(dir, { AUTH_SECRET: "x".repeat(40) }).AUTH_SECRET).toBe("x".repeat(40));
  });

  it("refuses to start in production without secrets, naming them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
    expect(() =>
      resolveSecrets(dir, { NODE_ENV: "production", DATABASE_URL: "postgres://db/x", AUTH_SECRET: "a".repeat(40) }),
    ).toThrow("Missing required secrets in production: DATA_ENCRYPTION_KEYS, BLIND_INDEX_KEY");
    expect(fs.existsSync(path.join(dir, "secrets.json"))).toBe(false);
  });
});

describe("service passwords", () => {
  it("generates a Redis password and adds it to a secrets file written before it existed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
    const file = path.join(dir, "secrets.json");
    const old = {
      AUTH_SECRET: "a".repeat(40),
      DATA_ENCRYPTION_KEYS: "k1:x",
      BLIND_INDEX_KEY: "y",
      POSTGRES_PASSWORD: "p",
    };
    fs.writeFileSync(file, JSON.stringify(old), { mode: 0o644 });
    const first = resolveSecrets(dir, {});
    expect(first).toMatchObject(old);
    expect(first.REDIS_PASSWORD).toMatch(/^[\w-]{32}$/);
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toMatchObject({ REDIS_PASSWORD: first.REDIS_PASSWORD });
    expect(resolveSecrets(dir, {}).REDIS_PASSWORD).toBe(first.REDIS_PASSWORD);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
