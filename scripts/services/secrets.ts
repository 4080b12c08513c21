import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const SECRET_NAMES = ["AUTH_SECRET", "DATA_ENCRYPTION_KEYS", "BLIND_INDEX_KEY"] as const;
/** Passwords of the embedded services: generated, kept with the secrets, never set by hand. */
const SERVICE_PASSWORDS = ["POSTGRES_PASSWORD", "REDIS_PASSWORD"] as const;
export type Secrets = Record<(typeof SECRET_NAMES)[number] | (typeof SERVICE_PASSWORDS)[number], string>;

function generate(): Secrets {
  return {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    BLIND_INDEX_KEY: randomBytes(32).toString("base64"),
    POSTGRES_PASSWORD: randomBytes(18).toString("base64url"),
    REDIS_PASSWORD: randomBytes(24).toString("base64url"),
  };
}

/**
 * Secrets for the embedded default: generated on first start and kept in DATA_DIR (mode 600), so a
 * restart can still decrypt its data. Values in the environment win. In production (NODE_ENV=production
 * with DATABASE_URL set) nothing is generated: a missing secret stops the start with its name.
 */
export function resolveSecrets(
  dataDir: string,
  environment: Record<string, string | undefined> = process.env,
): Secrets {
  const production = environment.NODE_ENV === "production" && Boolean(environment.DATABASE_URL);
  if (production) {
    const missing = SECRET_NAMES.filter((n) => !environment[n]);
    if (missing.length > 0) {
      throw new Error(
        `Missing required secret${missing.length > 1 ? "s" : ""} in production: ${missing.join(", ")}. See .env.example.`,
      );
    }
    // An embedded Redis started in production (no REDIS_URL) still gets a password, new at each start.
    return {
      ...(Object.fromEntries(SECRET_NAMES.map((n) => [n, environment[n]!])) as Secrets),
      POSTGRES_PASSWORD: "",
      REDIS_PASSWORD: randomBytes(24).toString("base64url"),
    };
  }
  const file = path.join(dataDir, "secrets.json");
  // DATA_DIR itself may need to stay traversable (the postgres user, when started as root).
  fs.mkdirSync(dataDir, { recursive: true });
  const existing = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>) : null;
  const stored: Secrets = { ...generate(), ...existing };
  // A secrets file from an older version lacks the newer service passwords: keep the generated ones.
  if (!existing || SERVICE_PASSWORDS.some((n) => !existing[n])) {
    fs.writeFileSync(file, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 });
  }
  fs.chmodSync(file, 0o600);
  for (const name of SECRET_NAMES) if (environment[name]) stored[name] = environment[name]!;
  return stored;
}
