import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { dataSystems, recipientNotices } from "@/lib/db/schema";

export type RecipientNoticeRow = typeof recipientNotices.$inferSelect;
export type NoticeStatus = "sent" | "no_address" | "acknowledged";

/**
 * Records a notice once per (request, system, recipient). Returns the row and whether this call
 * created it: a step that runs twice finds the row and sends nothing more.
 */
export async function insertNoticeOnce(
  db: Db,
  p: {
    requestId: string;
    systemId: string;
    recipientName: string;
    recipientEmail: string | null;
    action: string;
    now: Date;
  },
): Promise<{ row: RecipientNoticeRow; created: boolean }> {
  const [created] = await db
    .insert(recipientNotices)
    .values({
      requestId: p.requestId,
      systemId: p.systemId,
      recipientName: p.recipientName,
      recipientEmail: p.recipientEmail,
      action: p.action,
      status: p.recipientEmail ? "sent" : "no_address",
      sendCount: p.recipientEmail ? 1 : 0,
      lastSentAt: p.recipientEmail ? p.now : null,
      createdAt: p.now,
      updatedAt: p.now,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { row: created, created: true };
  const [row] = await db
    .select()
    .from(recipientNotices)
    .where(
      and(
        eq(recipientNotices.requestId, p.requestId),
        eq(recipientNotices.systemId, p.systemId),
        eq(recipientNotices.recipientName, p.recipientName),
      ),
    );
  return { row: row!, created: false };
}

/** A request's notices with their system's name, in the order they were recorded. */
export async function listNotices(
  db: Db,
  p: { requestId: string },
): Promise<(RecipientNoticeRow & { systemName: string })[]> {
  const rows = await db
    .select({ n: recipientNotices, systemName: dataSystems.name })
    .from(recipientNotices)
    .innerJoin(dataSystems, eq(dataSystems.id, recipientNotices.systemId))
    .where(eq(recipientNotices.requestId, p.requestId))
    .orderBy(asc(recipientNotices.createdAt), asc(dataSystems.name), asc(recipientNotices.recipientName));
  return rows.map((r) => ({ ...r.n, systemName: r.systemName }));
}

/** One notice of one request (scoped by both ids), locked until the end of the caller's transaction. */
export async function lockNotice(db: Db, p: { id: string; requestId: string }): Promise<RecipientNoticeRow | null> {
  const [row] = await db
    .select()
    .from(recipientNotices)
    .where(and(eq(recipientNotices.id, p.id), eq(recipientNotices.requestId, p.requestId)))
    .for("update");
  return row ?? null;
}

export async function markNoticeResent(db: Db, p: { id: string; now: Date }): Promise<RecipientNoticeRow> {
  const [row] = await db
    .update(recipientNotices)
    .set({ status: "sent", sendCount: sql`${recipientNotices.sendCount} + 1`, lastSentAt: p.now, updatedAt: p.now })
    .where(eq(recipientNotices.id, p.id))
    .returning();
  return row!;
}

export async function markNoticeAcknowledged(
  db: Db,
  p: { id: string; staffId: string; note: string | null; now: Date },
): Promise<void> {
  await db
    .update(recipientNotices)
    .set({
      status: "acknowledged",
      acknowledgedAt: p.now,
      acknowledgedBy: p.staffId,
      acknowledgementNote: p.note,
      updatedAt: p.now,
    })
    .where(eq(recipientNotices.id, p.id));
}
