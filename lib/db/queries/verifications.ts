import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { requestVerifications } from "../schema";

export type VerificationRow = typeof requestVerifications.$inferSelect;

export async function insertVerification(db: Db, values: typeof requestVerifications.$inferInsert) {
  await db.insert(requestVerifications).values(values);
}

export async function findVerificationByTokenHash(
  db: Db,
  params: { tokenHash: string },
): Promise<VerificationRow | null> {
  const [row] = await db
    .select()
    .from(requestVerifications)
    .where(eq(requestVerifications.tokenHash, params.tokenHash))
    .limit(1);
  return row ?? null;
}

export async function lockVerification(db: Db, params: { requestId: string }): Promise<VerificationRow | null> {
  const [row] = await db
    .select()
    .from(requestVerifications)
    .where(eq(requestVerifications.requestId, params.requestId))
    .for("update")
    .limit(1);
  return row ?? null;
}

export async function countFailedCode(db: Db, params: { requestId: string }): Promise<number> {
  const [row] = await db
    .update(requestVerifications)
    .set({ codeAttempts: sql`${requestVerifications.codeAttempts} + 1` })
    .where(eq(requestVerifications.requestId, params.requestId))
    .returning({ attempts: requestVerifications.codeAttempts });
  return row?.attempts ?? 0;
}

export async function markVerified(db: Db, params: { requestId: string; at: Date }) {
  await db
    .update(requestVerifications)
    .set({ verifiedAt: params.at })
    .where(eq(requestVerifications.requestId, params.requestId));
}

export async function replaceCode(db: Db, params: { requestId: string; codeHash: string; codeExpiresAt: Date }) {
  await db
    .update(requestVerifications)
    .set({
      codeHash: params.codeHash,
      codeExpiresAt: params.codeExpiresAt,
      codeAttempts: 0,
      codesSent: sql`${requestVerifications.codesSent} + 1`,
    })
    .where(eq(requestVerifications.requestId, params.requestId));
}

/** When the first verification of the request was sent (its row is written with the mail); null: never. */
export async function firstVerificationSentAt(db: Db, params: { requestId: string }): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`min(${requestVerifications.createdAt})`.mapWith(requestVerifications.createdAt) })
    .from(requestVerifications)
    .where(eq(requestVerifications.requestId, params.requestId));
  return row?.at ?? null;
}
