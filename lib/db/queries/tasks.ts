import { and, asc, eq, inArray, lt, ne, sql } from "drizzle-orm";
import { decryptMaybe, encryptMaybe } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import { dataSystems, requests, requestTasks } from "@/lib/db/schema";

export type TaskRow = typeof requestTasks.$inferSelect;
export type NewTaskRow = typeof requestTasks.$inferInsert;
export type TaskStatus = TaskRow["status"];

const detailAad = (taskId: string) => `request_tasks.result:${taskId}`;

/** What a step found that is personal data (record sets, current values, approved changes), sealed to its row. */
export function encryptTaskDetail(taskId: string, detail: unknown): string | null {
  return detail === undefined ? null : encryptMaybe(JSON.stringify(detail), detailAad(taskId));
}

/** The decrypted detail as JSON, for lib/fulfilment/step-results to parse with the step's schema; null when none. */
export function decryptTaskDetail(task: { id: string; resultEnc: string | null }): unknown {
  const text = decryptMaybe(task.resultEnc, detailAad(task.id));
  return text === null ? null : JSON.parse(text);
}

const noteAad = (taskId: string) => `request_tasks.note:${taskId}`;

/** Notes people write on steps (what they found by hand, why a restriction ends) may name the subject: encrypted. */
export function encryptTaskNote(taskId: string, note: string | null | undefined): string | null {
  return encryptMaybe(note ?? null, noteAad(taskId));
}

export function taskNote(task: { id: string; note: string | null }): string | null {
  return decryptMaybe(task.note, noteAad(task.id));
}

/** Inserts planned steps; a step already planned (same request, operation, system) is left as it is. */
export async function insertTasks(db: Db, rows: NewTaskRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(requestTasks).values(rows).onConflictDoNothing().returning({ id: requestTasks.id });
  return inserted.length;
}

export async function listTasks(db: Db, p: { requestId: string }): Promise<TaskRow[]> {
  return db
    .select()
    .from(requestTasks)
    .where(eq(requestTasks.requestId, p.requestId))
    .orderBy(asc(requestTasks.position), asc(requestTasks.createdAt));
}

export async function findTask(db: Db, p: { id: string }): Promise<TaskRow | null> {
  const [row] = await db.select().from(requestTasks).where(eq(requestTasks.id, p.id));
  return row ?? null;
}

export async function lockTask(db: Db, p: { id: string }): Promise<TaskRow | null> {
  const [row] = await db.select().from(requestTasks).where(eq(requestTasks.id, p.id)).for("update");
  return row ?? null;
}

/** Moves a task from one of `from` to `set.status`; null when someone else moved it first (the claim). */
export async function updateTaskIf(
  db: Db,
  p: { id: string; from: TaskStatus[]; set: Partial<NewTaskRow> },
): Promise<TaskRow | null> {
  const [row] = await db
    .update(requestTasks)
    .set({ ...p.set, updatedAt: new Date() })
    .where(and(eq(requestTasks.id, p.id), inArray(requestTasks.status, p.from)))
    .returning();
  return row ?? null;
}

/** Running steps not touched for a while (their job was lost with Redis, or is stuck): for the recovery sweep. */
export async function listStaleRunningTasks(db: Db, p: { olderThan: Date; limit: number }): Promise<TaskRow[]> {
  return db
    .select()
    .from(requestTasks)
    .where(and(eq(requestTasks.status, "running"), lt(requestTasks.updatedAt, p.olderThan)))
    .orderBy(asc(requestTasks.updatedAt))
    .limit(p.limit);
}

/** Requests with a pending step not touched for a while (their advance job was lost). */
/** Oldest first, so that with more stale plans than `limit` every one gets its turn (callers touch what they queue). */
export async function listStalePendingRequests(db: Db, p: { olderThan: Date; limit: number }): Promise<string[]> {
  const rows = await db
    .select({ requestId: requestTasks.requestId })
    .from(requestTasks)
    .innerJoin(requests, eq(requests.id, requestTasks.requestId))
    // A plan waiting for the subject's answer is not stuck: their reply queues its advance.
    .where(
      and(
        eq(requestTasks.status, "pending"),
        lt(requestTasks.updatedAt, p.olderThan),
        ne(requests.status, "awaiting_subject"),
      ),
    )
    .groupBy(requestTasks.requestId)
    .orderBy(sql`min(${requestTasks.updatedAt})`)
    .limit(p.limit);
  return rows.map((r) => r.requestId);
}

/** Steps waiting on an automated system past their due time (the system never called back). */
export async function listOverdueSystemWaits(db: Db, p: { now: Date; limit: number }): Promise<TaskRow[]> {
  return db
    .select({ task: requestTasks })
    .from(requestTasks)
    .innerJoin(dataSystems, eq(dataSystems.id, requestTasks.systemId))
    .where(and(eq(requestTasks.status, "waiting"), lt(requestTasks.dueAt, p.now), sql`${dataSystems.kind} <> 'manual'`))
    .limit(p.limit)
    .then((rows) => rows.map((r) => r.task));
}

export async function touchPendingTasksOf(db: Db, requestIds: string[]): Promise<void> {
  if (requestIds.length === 0) return;
  await db
    .update(requestTasks)
    .set({ updatedAt: sql`now()` })
    .where(and(inArray(requestTasks.requestId, requestIds), eq(requestTasks.status, "pending")));
}

export async function touchTasks(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(requestTasks)
    .set({ updatedAt: sql`now()` })
    .where(inArray(requestTasks.id, ids));
}

/**
 * Counts one more attempt of a step (before the attempt runs, so a crash mid-step still counts); the
 * step's `startedAt` becomes the attempt's start, so finishedAt − startedAt is how long it ran.
 */
export async function countTaskAttempt(db: Db, p: { id: string; now: Date }): Promise<void> {
  await db
    .update(requestTasks)
    .set({ attempts: sql`${requestTasks.attempts} + 1`, startedAt: p.now, updatedAt: p.now })
    .where(eq(requestTasks.id, p.id));
}

/** Writes a step's note, encrypted (a reason typed by staff, what a person found by hand). */
export async function setTaskNote(db: Db, p: { id: string; note: string }): Promise<void> {
  await db
    .update(requestTasks)
    .set({ note: encryptTaskNote(p.id, p.note), updatedAt: new Date() })
    .where(eq(requestTasks.id, p.id));
}

/**
 * Puts back in line the steps a refusal or withdrawal skipped (their summary names `stoppedBy`);
 * steps skipped because their system was disabled stay skipped.
 */
export async function resumeStoppedTasks(db: Db, p: { requestId: string }): Promise<string[]> {
  const rows = await db
    .update(requestTasks)
    .set({ status: "pending", finishedAt: null, resultSummary: null, updatedAt: new Date() })
    .where(
      and(
        eq(requestTasks.requestId, p.requestId),
        eq(requestTasks.status, "skipped"),
        sql`jsonb_exists(${requestTasks.resultSummary}, 'stoppedBy')`,
      ),
    )
    .returning({ id: requestTasks.id });
  return rows.map((r) => r.id);
}
