import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { requestImports } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { requestsImportJob } from "@/lib/queue/jobs/requests-import";
import { IMPORT_LOCK_CLASS } from "./imports";

const BATCH = 50;

/**
 * The import sweep (job requests.import-sweep): an import still queued or running
 * IMPORT_STUCK_AFTER_MS after it was queued (or its run claimed it) whose run is not in progress —
 * its job failed on an infrastructure error past its retries, Redis lost it, or its worker died —
 * is queued again through the outbox; after IMPORT_MAX_REQUEUES re-queues it is marked failed
 * ('stuck', the last cause kept in `error` for the page) and its rows are dropped.
 *
 * Safe to run twice and beside a run: each import is locked (row lock, skip locked) and its run's
 * advisory lock is tried — held means a run is filing it now, so it is left alone; the re-queue moves
 * the clock (queued_at), so a second sweep does not queue it again. A rerun cannot file a row twice:
 * the run is one transaction that marks the import done inside it (runImport).
 */
export async function sweepImports(now = new Date()): Promise<{ requeued: string[]; failed: string[] }> {
  const e = env();
  const cutoff = new Date(now.getTime() - e.IMPORT_STUCK_AFTER_MS);
  return db().transaction(async (tx) => {
    const stuck = await tx
      .select({ id: requestImports.id, requeues: requestImports.requeues, error: requestImports.error })
      .from(requestImports)
      .where(
        and(
          inArray(requestImports.status, ["queued", "running"]),
          lt(
            sql`coalesce(${requestImports.claimedAt}, ${requestImports.queuedAt}, ${requestImports.createdAt})`,
            cutoff,
          ),
        ),
      )
      .orderBy(requestImports.createdAt)
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const requeued: string[] = [];
    const failed: string[] = [];
    for (const row of stuck) {
      const { rows: locks } = await tx.execute<{ locked: boolean }>(
        sql`select pg_try_advisory_xact_lock(${IMPORT_LOCK_CLASS}, hashtext(${row.id})) as locked`,
      );
      if (!locks[0]?.locked) continue; // a run is filing it right now
      if (row.requeues >= e.IMPORT_MAX_REQUEUES) {
        await tx
          .update(requestImports)
          .set({ status: "failed", failureKind: "stuck", rowsEnc: null, claimedAt: null, finishedAt: now })
          .where(eq(requestImports.id, row.id));
        await appendAudit(tx, {
          actor: { type: "system" },
          action: "import.failed",
          payload: { importId: row.id, reason: "stuck", requeues: row.requeues, lastError: row.error },
        });
        failed.push(row.id);
        continue;
      }
      await tx
        .update(requestImports)
        .set({ status: "queued", queuedAt: now, claimedAt: null, processed: 0, requeues: row.requeues + 1 })
        .where(eq(requestImports.id, row.id));
      await appendAudit(tx, {
        actor: { type: "system" },
        action: "import.requeued",
        payload: { importId: row.id, requeue: row.requeues + 1, lastError: row.error },
      });
      await enqueueJob(tx, requestsImportJob, { importId: row.id });
      requeued.push(row.id);
    }
    return { requeued, failed };
  });
}
