import { afterEach, expect, it } from "vitest";
import { minimalEnv } from "@/scripts/test-support/minimal-env";
import { env, resetEnvCache } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

it("names each invalid variable and why", () => {
  process.env = minimalEnv({ AUTH_SECRET: "short", DATA_ENCRYPTION_KEYS: "k1:x", BLIND_INDEX_KEY: "abc" });
  resetEnvCache();
  expect(() => env()).toThrow(/AUTH_SECRET: must be at least 32 characters[\s\S]*BLIND_INDEX_KEY: must be 32 bytes/);
});

it("applies defaults", () => {
  process.env = minimalEnv({ DATA_ENCRYPTION_KEYS: "k1:x" });
  resetEnvCache();
  expect(env()).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, QUEUE_PREFIX: "dsr", DEV_MAILBOX_ENABLED: false });
});
