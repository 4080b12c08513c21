import { desc, eq, inArray, sql } from "drizzle-orm";
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

/** When the embedded sink took the message with this Message-ID, or null if it never did. */
export async function devMailAcceptedAt(db: Db, params: { messageId: string }): Promise<Date | null> {
  const bare = params.messageId.replace(/^<|>$/g, "");
  const [row] = await db
    .select({ at: devMailMessages.receivedAt })
    .from(devMailMessages)
    .where(inArray(devMailMessages.messageId, [bare, `<${bare}>`]))
    .limit(1);
  return row?.at ?? null;
}
