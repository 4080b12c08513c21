import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { mailDeliveries } from "../schema";

export type DeliveryClaim = { state: "claimed" } | { state: "sent"; messageId: string | null } | { state: "in_flight" };

/** A claim older than this is taken to be a send that died half-way, and may be taken over. */
const STALE_CLAIM = sql`interval '5 minutes'`;

/** Claims the right to send `key`. Exactly one concurrent caller gets `claimed`. */
export async function claimDelivery(db: Db, params: { key: string }): Promise<DeliveryClaim> {
  const inserted = await db
    .insert(mailDeliveries)
    .values({ key: params.key })
    .onConflictDoNothing()
    .returning({ key: mailDeliveries.key });
  if (inserted.length > 0) return { state: "claimed" };
  const takenOver = await db
    .update(mailDeliveries)
    .set({ claimedAt: new Date() })
    .where(
      sql`${mailDeliveries.key} = ${params.key} and ${mailDeliveries.acceptedAt} is null and ${mailDeliveries.claimedAt} < now() - ${STALE_CLAIM}`,
    )
    .returning({ key: mailDeliveries.key });
  if (takenOver.length > 0) return { state: "claimed" };
  const [row] = await db.select().from(mailDeliveries).where(eq(mailDeliveries.key, params.key));
  return row?.acceptedAt ? { state: "sent", messageId: row.messageId } : { state: "in_flight" };
}

export async function markDelivered(db: Db, params: { key: string; messageId: string }): Promise<void> {
  await db
    .update(mailDeliveries)
    .set({ messageId: params.messageId, acceptedAt: new Date() })
    .where(eq(mailDeliveries.key, params.key));
}

/** The send failed before the server accepted it: release the claim so a retry may send. */
export async function releaseDelivery(db: Db, params: { key: string }): Promise<void> {
  await db
    .delete(mailDeliveries)
    .where(sql`${mailDeliveries.key} = ${params.key} and ${mailDeliveries.acceptedAt} is null`);
}
