import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { maintenanceRuns } from "../schema";

export type MaintenanceRun = typeof maintenanceRuns.$inferSelect;
export interface RunCursor {
  table: string;
  after: string | null;
}

/** The run of `task`, locked until the caller's transaction ends: one batch at a time, on any worker. */
export async function lockRun(tx: Db, p: { task: string }): Promise<MaintenanceRun | null> {
  const [row] = await tx.select().from(maintenanceRuns).where(eq(maintenanceRuns.task, p.task)).for("update");
  return row ?? null;
}

export async function findRun(db: Db, p: { task: string }): Promise<MaintenanceRun | null> {
  const [row] = await db.select().from(maintenanceRuns).where(eq(maintenanceRuns.task, p.task));
  return row ?? null;
}

/** Starts (or restarts, for a new target) a run at the first table. */
export async function startRun(tx: Db, p: { task: string; target: string; cursor: RunCursor; now: Date }) {
  await tx
    .insert(maintenanceRuns)
    .values({ task: p.task, target: p.target, cursor: p.cursor, done: 0, startedAt: p.now, updatedAt: p.now })
    .onConflictDoUpdate({
      target: maintenanceRuns.task,
      set: { target: p.target, cursor: p.cursor, done: 0, startedAt: p.now, updatedAt: p.now, finishedAt: null },
    });
}

export async function saveRunProgress(
  tx: Db,
  p: { task: string; cursor: RunCursor | null; changed: number; now: Date; finished: boolean },
) {
  await tx
    .update(maintenanceRuns)
    .set({
      cursor: p.cursor,
      done: sql`${maintenanceRuns.done} + ${p.changed}`,
      updatedAt: p.now,
      finishedAt: p.finished ? p.now : null,
    })
    .where(eq(maintenanceRuns.task, p.task));
}
