import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { staffPasswordResets } from "../schema";

export async function insertPasswordReset(
  db: Db,
  params: { userId: string; tokenHash: string; issuedBy: string; expiresAt: Date },
) {
  const [row] = await db.insert(staffPasswordResets).values(params).returning();
  return row!;
}

/** A newer link replaces the older ones: they are marked used. */
export async function retireOpenPasswordResets(db: Db, params: { userId: string; now: Date }) {
  await db
    .update(staffPasswordResets)
    .set({ usedAt: params.now })
    .where(and(eq(staffPasswordResets.userId, params.userId), isNull(staffPasswordResets.usedAt)));
}

/** The unused, unexpired link with this token hash (locked for update inside a transaction). */
export async function findOpenPasswordReset(db: Db, params: { tokenHash: string; now: Date; lock?: boolean }) {
  const query = db
    .select()
    .from(staffPasswordResets)
    .where(
      and(
        eq(staffPasswordResets.tokenHash, params.tokenHash),
        isNull(staffPasswordResets.usedAt),
        gt(staffPasswordResets.expiresAt, params.now),
      ),
    )
    .limit(1);
  const [row] = params.lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function markPasswordResetUsed(db: Db, params: { id: string; now: Date }) {
  await db.update(staffPasswordResets).set({ usedAt: params.now }).where(eq(staffPasswordResets.id, params.id));
}
