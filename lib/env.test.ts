import { afterEach, expect, it } from "vitest";
import { env, resetEnvCache } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

it("names each invalid variable and why", () => {
  process.env = {
    NODE_ENV: "test",
    DATABASE_URL: "postgres://x",
    REDIS_URL: "redis://x",
    SMTP_URL: "smtp://x",
    AUTH_SECRET: "short",
    DATA_ENCRYPTION_KEYS: "k1:x",
    BLIND_INDEX_KEY: "abc",
  };
  resetEnvCache();
  expect(() => env()).toThrow(/AUTH_SECRET: must be at least 32 characters[\s\S]*BLIND_INDEX_KEY: must be 32 bytes/);
});

it("applies defaults", () => {
  process.env = {
    NODE_ENV: "test",
    DATABASE_URL: "postgres://x",
    REDIS_URL: "redis://x",
    SMTP_URL: "smtp://x",
    AUTH_SECRET: "a".repeat(40),
    DATA_ENCRYPTION_KEYS: "k1:x",
    BLIND_INDEX_KEY: Buffer.alloc(32).toString("base64"),
  };
  resetEnvCache();
  expect(env()).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, QUEUE_PREFIX: "dsr", DEV_MAILBOX_ENABLED: false });
});
