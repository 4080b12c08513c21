import { spawnSync } from "node:child_process";
import { closeDb, db } from "@/lib/db/client";
import { countStaff } from "@/lib/db/queries/staff";
import { bootstrap } from "./lib/bootstrap";
import { fail } from "./lib/console";
import { writeRuntimeEnv } from "./lib/leftovers";
import { seedDemoData } from "@/lib/seed/demo-data";

/**
 * Runs one command with the services up (database, Redis, SMTP sink; migrated and seeded) but no web
 * or workers — for integration tests of code that needs only those:
 * `npm run with-services -- npx vitest run --project integration lib/connectors`.
 */
async function main() {
  const command = process.argv.slice(2);
  if (command.length === 0) fail("usage: npm run with-services -- <command> [args…]");
  const runtime = await bootstrap();
  let status = 1;
  try {
    if ((await countStaff(db())) === 0) {
      await seedDemoData(db());
    }
    await closeDb();
    writeRuntimeEnv(runtime.dataDir, runtime.env);
    status =
      spawnSync(command[0]!, command.slice(1), { stdio: "inherit", env: { ...process.env, ...runtime.env } }).status ??
      1;
  } finally {
    await runtime.services.stop();
  }
  process.exit(status);
}

main().catch((err: Error) => fail(err.message));
