import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { signInThrottle, staffRecoveryCodes, staffTotpSteps } from "../schema";

export async function findThrottles(db: Db, params: { keys: string[] }) {
  if (params.keys.length === 0) return [];
  return db
    .select()
    .from(signInThrottle)
    .where(sql`${signInThrottle.key} in ${params.keys}`);
}

/**
 * Counts one failure for `key` and returns the new count. A key whose last failure is older than
 * `resetAfterSeconds` starts again from 1: old mistakes do not pile up for ever.
 */
export async function countThrottleFailure(
  db: Db,
  params: { key: string; now: Date; resetAfterSeconds: number },
): Promise<number> {
  const resetBefore = new Date(params.now.getTime() - params.resetAfterSeconds * 1000);
  const [row] = await db
    .insert(signInThrottle)
    .values({ key: params.key, failures: 1, lastFailureAt: params.now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${signInThrottle.lastFailureAt} < ${resetBefore} then 1 else ${signInThrottle.failures} + 1 end`,
        lockedUntil: sql`case when ${signInThrottle.lastFailureAt} < ${resetBefore} then null else ${signInThrottle.lockedUntil} end`,
        lastFailureAt: params.now,
      },
    })
    .returning({ failures: signInThrottle.failures });
  return row!.failures;
}

export async function setThrottleLock(db: Db, params: { key: string; until: Date }) {
  await db.update(signInThrottle).set({ lockedUntil: params.until }).where(eq(signInThrottle.key, params.key));
}

export async function clearThrottle(db: Db, params: { key: string }) {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, params.key));
}

export async function replaceRecoveryCodes(db: Db, params: { userId: string; codeHashes: string[] }) {
  await db.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, params.userId));
  if (params.codeHashes.length)
    await db
      .insert(staffRecoveryCodes)
      .values(params.codeHashes.map((codeHash) => ({ userId: params.userId, codeHash })));
}

/** Marks an unused code used; false when there is no such unused code (wrong or already used). */
export async function consumeRecoveryCode(
  db: Db,
  params: { userId: string; codeHash: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: params.now })
    .where(
      and(
        eq(staffRecoveryCodes.userId, params.userId),
        eq(staffRecoveryCodes.codeHash, params.codeHash),
        isNull(staffRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: staffRecoveryCodes.id });
  return rows.length > 0;
}

/** Records the accepted TOTP time step; false when this or a later step was already used (replay). */
export async function acceptTotpStep(
  db: Db,
  params: { userId: string; timeStep: number; now: Date },
): Promise<boolean> {
  const rows = await db
    .insert(staffTotpSteps)
    .values({ userId: params.userId, lastTimeStep: params.timeStep, updatedAt: params.now })
    .onConflictDoUpdate({
      target: staffTotpSteps.userId,
      set: { lastTimeStep: params.timeStep, updatedAt: params.now },
      setWhere: lt(staffTotpSteps.lastTimeStep, params.timeStep),
    })
    .returning({ userId: staffTotpSteps.userId });
  return rows.length > 0;
}

export async function forgetTotp(db: Db, params: { userId: string }) {
  await db.delete(staffTotpSteps).where(eq(staffTotpSteps.userId, params.userId));
  await db.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, params.userId));
}
