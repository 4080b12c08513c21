/**
 * The variables every start must supply (URLs and secrets — dummies here, valid in shape) so that
 * `env()` parses and everything else takes its default. Tests of env parsing start from this and override.
 */
export function minimalEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "test",
    DATABASE_URL: "postgres://x",
    REDIS_URL: "redis://x",
    SMTP_URL: "smtp://x",
    AUTH_SECRET: "x".repeat(32),
    DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32).toString("base64")}`,
    BLIND_INDEX_KEY: Buffer.alloc(32).toString("base64"),
    ...overrides,
  };
}
