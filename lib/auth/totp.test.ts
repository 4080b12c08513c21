import { afterEach, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { totpRequiredFor } from "./totp";

const saved = { ...process.env };
const base = {
  DATABASE_URL: "postgres://x",
  REDIS_URL: "redis://x",
  SMTP_URL: "smtp://x",
  AUTH_SECRET: "a".repeat(40),
  DATA_ENCRYPTION_KEYS: "k1:x",
  BLIND_INDEX_KEY: Buffer.alloc(32).toString("base64"),
};
function withEnv(extra: Record<string, string>) {
  process.env = { ...base, ...extra } as unknown as NodeJS.ProcessEnv;
  resetEnvCache();
}
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

it("requires TOTP for the listed roles only when TOTP_REQUIRED_FOR_ALL_ROLES is off", () => {
  withEnv({ NODE_ENV: "test", TOTP_REQUIRED_FOR_ALL_ROLES: "false" });
  expect(["admin", "dpo", "agent", "manager"].map((r) => totpRequiredFor(r as never))).toEqual([
    true,
    true,
    false,
    false,
  ]);
});

it("requires TOTP for every role when TOTP_REQUIRED_FOR_ALL_ROLES is on, and by default in production", () => {
  withEnv({ NODE_ENV: "test", TOTP_REQUIRED_FOR_ALL_ROLES: "true" });
  expect(totpRequiredFor("agent")).toBe(true);
  expect(totpRequiredFor("manager")).toBe(true);
  withEnv({ NODE_ENV: "production" });
  expect(totpRequiredFor("manager")).toBe(true);
  withEnv({ NODE_ENV: "production", TOTP_REQUIRED_FOR_ALL_ROLES: "false" });
  expect(totpRequiredFor("manager")).toBe(false);
});
