/**
 * Key rotation.
 *   npm run keys:rotate                 re-encrypt every stored value under the current data key, then
 *                                       rebuild every e-mail blind index under the current BLIND_INDEX_KEY
 *   npm run keys:rotate -- --job        queue the same work for the workers (the `keys.rotate` job)
 *   npm run keys:rotate -- --status     print where each pass stands
 *   npm run keys:rotate -- --batch 1000 rows per transaction (default 500)
 *
 * Data key: put the new key first in DATA_ENCRYPTION_KEYS and keep the old ones after it (all decrypt),
 * restart web and workers, run this; once it reports both passes finished (and no job sealed under the
 * old key is still waiting in Redis), the old key can be removed. Blind index: set the new key as
 * BLIND_INDEX_KEY and the old one as BLIND_INDEX_KEY_PREVIOUS (look-ups match both), restart, run
 * this, then remove BLIND_INDEX_KEY_PREVIOUS. Interrupted, it resumes where it stopped.
 * Uses DATABASE_URL and the keys from the environment, else the running instance's ($DATA_DIR/run/env.json).
 */
import "./test-support/load-runtime-env";
import { closeDb, db } from "@/lib/db/client";
import { findRun } from "@/lib/db/queries/maintenance-runs";
import { BLIND_INDEX_TASK, DATA_KEYS_TASK, rotateKeys } from "@/lib/maintenance/rotate-keys";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { keysRotateJob } from "@/lib/queue/jobs/keys-rotate";
import { fail, say } from "./lib/console";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  if (!process.env.DATABASE_URL) fail("no database: set DATABASE_URL or start the instance (npm start)");
  try {
    if (process.argv.includes("--status")) {
      for (const task of [DATA_KEYS_TASK, BLIND_INDEX_TASK]) {
        const run = await findRun(db(), { task });
        say(
          run
            ? `${task}: target ${run.target}, ${run.done} values changed, ${run.finishedAt ? `finished ${run.finishedAt.toISOString()}` : `at ${JSON.stringify(run.cursor)}`}`
            : `${task}: never run`,
        );
      }
      return;
    }
    const batchSize = Number(arg("batch") ?? 500);
    if (process.argv.includes("--job")) {
      await db().transaction((tx) => enqueueJob(tx, keysRotateJob, { batchSize }));
      say("queued keys.rotate: the workers run it (progress in the workers' log and on /staff/admin/queues)");
      return;
    }
    let lastTable: string | null = "";
    let lastAt = 0;
    const started = Date.now();
    const result = await rotateKeys({
      batchSize,
      // A line when a table starts or ends, and every 5 s in between.
      onProgress: (p) => {
        if (p.table === lastTable && !p.finished && Date.now() - lastAt < 5_000) return;
        say(
          `${p.task}: ${p.finished ? "finished" : `on ${p.table}`}, ${p.done} values changed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
        lastTable = p.table;
        lastAt = Date.now();
      },
    });
    say(
      `done: data key ${result.dataKeys.target} (${result.dataKeys.done} values re-encrypted), blind index key ${result.blindIndex.target} (${result.blindIndex.done} indexes rebuilt)`,
    );
  } finally {
    await closeDb();
  }
}

main().catch((err: Error) => fail(err.message));
