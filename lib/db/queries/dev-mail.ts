import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { devMailMessages } from "../schema";

export async function listDevMail(db: Db, params: { to?: string; limit?: number }) {
  const to = params.to?.trim().toLowerCase();
  return db
    .select()
    .from(devMailMessages)
    .where(to ? sql`${to} = any(${devMailMessages.recipients})` : undefined)
    .orderBy(desc(devMailMessages.receivedAt))
    .limit(params.limit ?? 200);
}

export async function findDevMail(db: Db, params: { id: string }) {
  const [row] = await db.select().from(devMailMessages).where(eq(devMailMessages.id, params.id)).limit(1);
  return row ?? null;
}
