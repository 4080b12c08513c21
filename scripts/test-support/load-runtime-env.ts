import fs from "node:fs";
import path from "node:path";

/**
 * Integration tests attach to a running instance: `npm test` starts one and points DSR_RUNTIME_ENV
 * at its DATA_DIR/run/env.json; by hand, `npm start` then `DSR_RUNTIME_ENV=.data/run/env.json npx vitest --project integration`.
 */
const file = process.env.DSR_RUNTIME_ENV ?? path.resolve(process.env.DATA_DIR ?? ".data", "run", "env.json");
if (fs.existsSync(file)) {
  const values = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  for (const [k, v] of Object.entries(values)) if (process.env[k] === undefined) process.env[k] = v;
}
process.env.LOG_LEVEL ??= "warn";
