import { runMigrations } from "@/lib/db/migrate";
import { bootstrap } from "./lib/bootstrap";
import { fail, say } from "./lib/console";

// With DATABASE_URL set: migrate that database. Without: bring up the embedded one, migrate, stop.
async function main() {
  if (process.env.DATABASE_URL) {
    await runMigrations(process.env.DATABASE_URL);
    say("migrations applied");
    return;
  }
  const runtime = await bootstrap();
  say("migrations applied");
  await runtime.services.stop();
}

main().catch((err: Error) => fail(err.message));
