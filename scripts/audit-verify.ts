/**
 * Checks the audit log's hash chain end to end.
 *   npm run audit:verify
 * Uses DATABASE_URL when set, otherwise the running embedded instance ($DATA_DIR/run/env.json,
 * or DSR_RUNTIME_ENV). Exit 0: chain intact; 1: chain broken; 2: no database to check.
 */
// First: fills in DATABASE_URL from the running instance's env file when it is not set.
import "./test-support/load-runtime-env";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/verify";
import * as schema from "@/lib/db/schema";

function unavailable(message: string): never {
  process.stderr.write(`audit-verify: ${message}\n`);
  process.exit(2);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) unavailable("no database: set DATABASE_URL or start the embedded instance (npm start)");

  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5_000 });
  pool.on("error", () => undefined);
  try {
    await pool.query("select 1").catch((err: Error) => unavailable(`cannot connect to the database: ${oneLine(err)}`));
    const report = await verifyAuditChain(drizzle(pool, { schema }));
    if (report.ok) {
      process.stdout.write(
        `audit chain OK: ${report.entries} entries` +
          (report.unchained > 0 ? ` (${report.unchained} newer entries not linked yet by the workers)` : "") +
          "\n",
      );
    } else {
      process.stdout.write(`audit chain BROKEN at seq ${report.brokenAtSeq} (${report.reason})\n`);
      process.exitCode = 1;
    }
  } finally {
    await pool.end();
  }
}

function oneLine(err: Error): string {
  // A refused connection to "localhost" is an AggregateError with an empty message and a code.
  const text = err.message || (err as { code?: string }).code || err.name;
  return text.replace(/\s+/g, " ").trim();
}

main().catch((err: Error) => unavailable(oneLine(err)));
