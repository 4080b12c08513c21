import fs from "node:fs";
import path from "node:path";

/**
 * Lets a CLI or a test attach to a running instance: fills process.env (without overriding what is
 * set) from DSR_RUNTIME_ENV or $DATA_DIR/run/env.json, which `npm start` writes. Returns whether a
 * database is now configured.
 */
export function attachToRunningInstance(): boolean {
  const file = process.env.DSR_RUNTIME_ENV ?? path.resolve(process.env.DATA_DIR ?? ".data", "run", "env.json");
  if (fs.existsSync(file)) {
    const values = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
    for (const [k, v] of Object.entries(values)) if (process.env[k] === undefined) process.env[k] = v;
  }
  return Boolean(process.env.DATABASE_URL);
}

export function requireRunningInstance(): void {
  if (!attachToRunningInstance())
    throw new Error("No DATABASE_URL and no running instance: start one first (npm start) or set DATABASE_URL.");
}
