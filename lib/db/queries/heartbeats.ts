import { desc, sql } from "drizzle-orm";
import type { Db } from "../client";
import { workerHeartbeats } from "../schema";

export async function recordHeartbeat(db: Db, params: { workerId: string; hostname: string; pid: number; at?: Date }) {
  const at = params.at ?? new Date();
  await db
    .insert(workerHeartbeats)
    .values({ workerId: params.workerId, hostname: params.hostname, pid: params.pid, beatAt: at })
    .onConflictDoUpdate({ target: workerHeartbeats.workerId, set: { beatAt: at } });
}

export async function latestHeartbeat(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: workerHeartbeats.beatAt })
    .from(workerHeartbeats)
    .orderBy(desc(workerHeartbeats.beatAt))
    .limit(1);
  return row?.at ?? null;
}

/** Forget processes that have not beaten for a day, so the table stays tiny across restarts. */
export async function pruneHeartbeats(db: Db): Promise<void> {
  await db.delete(workerHeartbeats).where(sql`${workerHeartbeats.beatAt} < now() - interval '1 day'`);
}
