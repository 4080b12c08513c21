import { and, eq, inArray, sql } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { requestImports, requestNotes, staffUsers } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { requestsImportJob } from "@/lib/queue/jobs/requests-import";
import { fileSubmission, prepareSubmission } from "@/lib/requests/intake/submit-request";
import { staffSubmission } from "@/lib/requests/intake/staff-intake";
import { CsvSyntaxError, parseCsv } from "./csv-parse";
import { checkRow, intakeFieldsOf, parseReceivedAt, rowsOf, type ImportRow, type RowProblem } from "./rows";
import { detail } from "@/lib/domain/error-details";
import { ImportDateError, importFailureOf, storedImportDetail } from "./failure";
import { ungrantedRows } from "./ungranted-rows";

const aad = (importId: string) => `request_imports.rows:${importId}`;
const PREVIEW_ROWS = 20;
const PROGRESS_EVERY = 100;
const MAX_ERRORS_KEPT = 500;
// Advisory lock class of import runs (the second key is the hash of the import's id); the import
// sweep (./sweep.ts) takes the same lock to tell a stuck import from one running now.
export const IMPORT_LOCK_CLASS = 7_301;

function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}***${email.slice(at)}` : "***";
}

/**
 * Reads and checks an uploaded CSV, row by row, with the staff intake's own validation, and keeps the
 * result for the preview: per-row problems, the rows asking for a right their residence's law does not grant
 * (imported all the same: ungranted-rows.ts), a few masked rows, and the rows themselves encrypted
 * (they carry subject data) until the import runs. Nothing is filed.
 */
export async function previewImport(p: {
  staff: { id: string; role: StaffRole };
  fileName: string;
  text: string;
  now?: Date;
}): Promise<{ id: string; total: number; problems: number }> {
  const now = p.now ?? new Date();
  let rows: ImportRow[] = [];
  let problems: RowProblem[];
  try {
    const read = rowsOf(parseCsv(p.text));
    rows = read.rows;
    problems = read.problems;
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    problems = [{ row: 0, column: "", reason: `the file is not valid CSV: ${err.message} (line ${err.line})` }];
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 0, column: "", reason: "the file has no rows" });
  if (!problems.some((x) => x.row === 0))
    rows.forEach((row, i) => problems.push(...checkRow(row, i + 1, p.staff, now)));
  problems.sort((a, b) => a.row - b.row);
  const preview = rows.slice(0, PREVIEW_ROWS).map((r, i) => ({
    row: i + 1,
    type: r.type ?? "",
    channel: r.channel ?? "",
    receivedAt: r.received_at ?? "",
    residence: r.residence ?? "",
    email: r.email ? maskEmail(r.email) : "",
    locale: r.locale ?? "",
  }));
  const [row] = await db()
    .insert(requestImports)
    .values({
      staffId: p.staff.id,
      fileName: p.fileName.slice(0, 200),
      total: rows.length,
      errors: problems.slice(0, MAX_ERRORS_KEPT),
      preview,
      warnings: ungrantedRows(rows, env().DEFAULT_JURISDICTION).slice(0, MAX_ERRORS_KEPT),
      status: problems.length ? "rejected" : "previewed",
    })
    .returning({ id: requestImports.id });
  if (problems.length === 0)
    await db()
      .update(requestImports)
      .set({ rowsEnc: encrypt(JSON.stringify(rows), aad(row!.id)) })
      .where(eq(requestImports.id, row!.id));
  return { id: row!.id, total: rows.length, problems: problems.length };
}

/** The staff member who previewed a clean file confirms it: the import is queued through the outbox. */
export async function startImport(p: { staffId: string; importId: string }): Promise<void> {
  await db().transaction(async (tx) => {
    const [row] = await tx
      .update(requestImports)
      .set({ status: "queued", queuedAt: new Date() })
      .where(
        and(
          eq(requestImports.id, p.importId),
          eq(requestImports.staffId, p.staffId),
          eq(requestImports.status, "previewed"),
        ),
      )
      .returning({ id: requestImports.id });
    if (!row) throw new DomainError("not_found", detail("requests.import_not_startable"));
    await enqueueJob(tx, requestsImportJob, { importId: row.id });
  });
}

export async function findImport(p: { importId: string; staffId: string }) {
  const [row] = await db()
    .select({
      id: requestImports.id,
      fileName: requestImports.fileName,
      status: requestImports.status,
      total: requestImports.total,
      processed: requestImports.processed,
      errors: requestImports.errors,
      preview: requestImports.preview,
      warnings: requestImports.warnings,
      error: requestImports.error,
      errorDetail: requestImports.errorDetail,
      errorRow: requestImports.errorRow,
      failureKind: requestImports.failureKind,
      requeues: requestImports.requeues,
      createdAt: requestImports.createdAt,
      finishedAt: requestImports.finishedAt,
    })
    .from(requestImports)
    .where(and(eq(requestImports.id, p.importId), eq(requestImports.staffId, p.staffId)));
  if (!row) return null;
  return {
    ...row,
    errorDetail: storedImportDetail(row.errorDetail),
    errors: row.errors as RowProblem[],
    preview: row.preview as Record<string, string | number>[],
  };
}

/**
 * Files every row of a queued import (job requests.import) in ONE transaction: all of them or none.
 * Each request is filed by the staff intake's own use case (same validation, back-dated receipt as the
 * form does it, its request.submitted audit entry, its verification mail) and the import gets its own
 * entry. Progress is written outside the transaction so the page can show it while it runs. A
 * transaction-scoped advisory lock keeps it to one run at a time; the import is marked done in the
 * same transaction, so a second job, or a retry after success, finds nothing to do.
 */
export async function runImport(importId: string, now = new Date()): Promise<{ imported: number } | null> {
  const [claimed] = await db()
    .select()
    .from(requestImports)
    .where(and(eq(requestImports.id, importId), inArray(requestImports.status, ["queued", "running"])));
  if (!claimed?.rowsEnc) return null;
  const [staff] = await db().select().from(staffUsers).where(eq(staffUsers.id, claimed.staffId));
  const rows = JSON.parse(decrypt(claimed.rowsEnc, aad(importId))) as ImportRow[];
  let current = 0;
  try {
    const imported = await db().transaction(async (tx) => {
      // One run at a time, whatever the age of a "running" mark: the lock is the transaction's, so a
      // run whose worker died (its transaction rolled back) leaves it free for the job's retry.
      const { rows: locks } = await tx.execute<{ locked: boolean }>(
        sql`select pg_try_advisory_xact_lock(${IMPORT_LOCK_CLASS}, hashtext(${importId})) as locked`,
      );
      if (!locks[0]?.locked) return null;
      const [still] = await tx
        .select({ status: requestImports.status })
        .from(requestImports)
        .where(eq(requestImports.id, importId));
      if (still?.status !== "queued" && still?.status !== "running") return null;
      // Outside the transaction, so the page sees it at once.
      await db()
        .update(requestImports)
        .set({ status: "running", claimedAt: now, processed: 0 })
        .where(eq(requestImports.id, importId));
      if (!staff?.active) throw new DomainError("forbidden", detail("requests.import_starter_inactive"));
      const who = { id: staff.id, role: staff.role as StaffRole };
      const ids: string[] = [];
      for (const [i, row] of rows.entries()) {
        current = i + 1;
        const at = parseReceivedAt(row.received_at ?? "");
        if (typeof at === "string") throw new ImportDateError(`received_at ${at}`);
        const { request, ctx } = staffSubmission(intakeFieldsOf(row, at), who, now);
        // A thousand verification mails at once: bulk, behind anyone waiting at a screen for a code.
        const filed = await fileSubmission(tx, await prepareSubmission(request, { ...ctx, mailPriority: "bulk" }, tx));
        ids.push(filed.id);
        if (row.notes) {
          const [note] = await tx
            .insert(requestNotes)
            .values({
              requestId: filed.id,
              authorId: staff.id,
              bodyEnc: encrypt(row.notes, `request_notes.body:${filed.id}`),
            })
            .returning({ id: requestNotes.id });
          await appendAudit(tx, {
            actor: { type: "staff", id: staff.id },
            action: "request.note_added",
            requestId: filed.id,
            payload: { noteId: note!.id },
          });
        }
        if (current % PROGRESS_EVERY === 0)
          await db().update(requestImports).set({ processed: current }).where(eq(requestImports.id, importId));
      }
      await appendAudit(tx, {
        actor: { type: "staff", id: staff.id },
        action: "import.completed",
        payload: { importId, fileName: claimed.fileName, requests: ids.length },
      });
      await tx
        .update(requestImports)
        .set({ status: "done", processed: ids.length, rowsEnc: null, error: null, finishedAt: new Date() })
        .where(eq(requestImports.id, importId));
      return ids.length;
    });
    return imported === null ? null : { imported };
  } catch (err) {
    // A row the checks passed at preview but not now (e.g. a duplicate quota) fails the whole file, and
    // says which row; anything else (database down) goes back to the queue for the job's retry.
    const failure = importFailureOf(err, current);
    if (failure) {
      await db()
        .update(requestImports)
        .set({
          status: "failed",
          error: `Row ${current}: ${failure.english}`.slice(0, 1000),
          errorDetail: { code: failure.code, ...failure.detail },
          errorRow: failure.row,
          rowsEnc: null,
          finishedAt: new Date(),
        })
        .where(eq(requestImports.id, importId));
      return null;
    }
    // The cause is kept for the page if the import sweep finally gives up on it (IMPORT_MAX_REQUEUES).
    await db()
      .update(requestImports)
      .set({
        status: "queued",
        processed: 0,
        claimedAt: sql`null`,
        error: (err instanceof Error ? err.message : String(err)).slice(0, 500),
      })
      .where(eq(requestImports.id, importId));
    throw err;
  }
}
