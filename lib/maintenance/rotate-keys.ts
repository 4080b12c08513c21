import { appendAudit } from "@/lib/audit/append";
import { blindIndexKeyFingerprint, currentDataKeyId } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import {
  ENCRYPTED_TABLES,
  rebuildBlindIndexBatch,
  reencryptBatch,
  reencryptOutboxBatch,
  type BatchResult,
} from "@/lib/db/queries/key-rotation";
import { rebuildNameTokenBatch } from "@/lib/db/queries/name-tokens";
import { findRun, lockRun, saveRunProgress, startRun, type RunCursor } from "@/lib/db/queries/maintenance-runs";
import type { Db } from "@/lib/db/client";

export const DATA_KEYS_TASK = "rotate-data-keys";
export const BLIND_INDEX_TASK = "rebuild-blind-index";

interface Pass {
  task: string;
  target: () => string;
  tables: string[];
  batch: (tx: Db, table: string, after: string | null, limit: number) => Promise<BatchResult>;
  audit: (tx: Db, done: number) => Promise<unknown>;
}

const DATA_KEYS: Pass = {
  task: DATA_KEYS_TASK,
  target: currentDataKeyId,
  tables: [...ENCRYPTED_TABLES.map((t) => t.table), "outbox"],
  batch: (tx, table, after, limit) =>
    table === "outbox"
      ? reencryptOutboxBatch(tx, after, limit)
      : reencryptBatch(
          tx,
          ENCRYPTED_TABLES.find((t) => t.table === table)!,
          after,
          limit,
        ),
  audit: (tx, done) =>
    appendAudit(tx, {
      actor: { type: "system" },
      action: "keys.data_key_rotated",
      payload: { keyId: currentDataKeyId(), reencrypted: done },
    }),
};

/**
 * The blind-index pass's target names the key and the set of indexes it builds: adding the name index
 * (request_name_tokens) changed the set, so the first run after that upgrade backfills it for every
 * request, even where the e-mail indexes were already rebuilt under this key.
 */
const BLIND_INDEX_SET = "email+names";

const BLIND_INDEX: Pass = {
  task: BLIND_INDEX_TASK,
  target: () => `${blindIndexKeyFingerprint()}:${BLIND_INDEX_SET}`,
  // The e-mail index (a column of requests), then the name search's index (its own table).
  tables: ["requests", "request_name_tokens"],
  batch: (tx, table, after, limit) =>
    table === "request_name_tokens"
      ? rebuildNameTokenBatch(tx, after, limit)
      : rebuildBlindIndexBatch(tx, after, limit),
  audit: (tx, done) =>
    appendAudit(tx, {
      actor: { type: "system" },
      action: "keys.blind_index_rebuilt",
      payload: { keyFingerprint: blindIndexKeyFingerprint(), rebuilt: done },
    }),
};

export interface Progress {
  task: string;
  target: string;
  table: string | null;
  done: number;
  finished: boolean;
}

/**
 * Runs one batch of a pass in one transaction, under the lock of its progress row: reads the cursor,
 * re-encrypts (or re-indexes) that batch, and saves the new cursor with it. A killed run loses at most
 * its open batch, which the next run does again (only values not yet on the target are changed).
 * A pass whose target (current key) changed starts over; one finished for the current target does nothing.
 */
async function step(pass: Pass, batchSize: number, now: Date): Promise<Progress> {
  return db().transaction(async (tx) => {
    const target = pass.target();
    let run = await lockRun(tx, { task: pass.task });
    if (!run || run.target !== target) {
      await startRun(tx, { task: pass.task, target, cursor: { table: pass.tables[0]!, after: null }, now });
      run = (await lockRun(tx, { task: pass.task }))!;
    }
    if (run.finishedAt) return { task: pass.task, target, table: null, done: run.done, finished: true };
    const cursor = run.cursor as RunCursor;
    const result = await pass.batch(tx, cursor.table, cursor.after, batchSize);
    const nextTable = pass.tables[pass.tables.indexOf(cursor.table) + 1];
    const next: RunCursor | null = result.next
      ? { table: cursor.table, after: result.next }
      : nextTable
        ? { table: nextTable, after: null }
        : null;
    await saveRunProgress(tx, { task: pass.task, cursor: next, changed: result.changed, now, finished: next === null });
    if (next === null) await pass.audit(tx, run.done + result.changed);
    return {
      task: pass.task,
      target,
      table: next?.table ?? null,
      done: run.done + result.changed,
      finished: next === null,
    };
  });
}

async function runPass(pass: Pass, opts: RotateOptions, budget: { batches: number }): Promise<Progress> {
  for (;;) {
    const progress = await step(pass, opts.batchSize ?? 500, opts.now ?? new Date());
    opts.onProgress?.(progress);
    if (progress.finished || --budget.batches <= 0) return progress;
  }
}

async function progressOf(pass: Pass): Promise<Progress> {
  const run = await findRun(db(), { task: pass.task });
  const target = pass.target();
  const finished = Boolean(run?.finishedAt) && run?.target === target;
  return {
    task: pass.task,
    target,
    table: finished ? null : ((run?.cursor as RunCursor | null)?.table ?? null),
    done: run?.done ?? 0,
    finished,
  };
}

export interface RotateOptions {
  batchSize?: number;
  now?: Date;
  onProgress?: (p: Progress) => void;
  /** Stop after this many batches (the next run resumes from the saved cursor). */
  maxBatches?: number;
}

/**
 * Brings every encrypted value to the current data key (the first of DATA_ENCRYPTION_KEYS) and every
 * blind index to the current BLIND_INDEX_KEY. `npm run keys:rotate` and the hourly `keys.rotate` job
 * both run it; once both passes finished for the current keys, a run costs two row reads.
 */
export async function rotateKeys(opts: RotateOptions = {}): Promise<{ dataKeys: Progress; blindIndex: Progress }> {
  const budget = { batches: opts.maxBatches ?? Number.POSITIVE_INFINITY };
  const dataKeys = await runPass(DATA_KEYS, opts, budget);
  if (!dataKeys.finished) return { dataKeys, blindIndex: await progressOf(BLIND_INDEX) };
  const blindIndex = await runPass(BLIND_INDEX, opts, budget);
  return { dataKeys, blindIndex };
}
