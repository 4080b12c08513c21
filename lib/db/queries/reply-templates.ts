import { arrayContains, asc, eq, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { replyTemplates } from "../schema";

export interface ReplyTemplate {
  id: string;
  name: string;
  bodyFr: string;
  bodyEn: string;
  requestTypes: string[];
  updatedAt: Date;
}

const columns = {
  id: replyTemplates.id,
  name: replyTemplates.name,
  bodyFr: replyTemplates.bodyFr,
  bodyEn: replyTemplates.bodyEn,
  requestTypes: replyTemplates.requestTypes,
  updatedAt: replyTemplates.updatedAt,
};

/** Every template, by name (the admin page). */
export async function listReplyTemplates(db: Db): Promise<ReplyTemplate[]> {
  return db.select(columns).from(replyTemplates).orderBy(asc(replyTemplates.name), asc(replyTemplates.id));
}

/** The templates that apply to a request type: those naming it and those naming none (all types). */
export async function listReplyTemplatesFor(db: Db, p: { type: string }): Promise<ReplyTemplate[]> {
  return db
    .select(columns)
    .from(replyTemplates)
    .where(
      or(arrayContains(replyTemplates.requestTypes, [p.type]), sql`cardinality(${replyTemplates.requestTypes}) = 0`),
    )
    .orderBy(asc(replyTemplates.name), asc(replyTemplates.id));
}

export async function findReplyTemplate(db: Db, p: { id: string }): Promise<ReplyTemplate | null> {
  const [row] = await db.select(columns).from(replyTemplates).where(eq(replyTemplates.id, p.id)).limit(1);
  return row ?? null;
}

export interface ReplyTemplateFields {
  name: string;
  bodyFr: string;
  bodyEn: string;
  requestTypes: string[];
}

export async function insertReplyTemplate(
  tx: Db,
  p: ReplyTemplateFields & { staffId: string; now: Date },
): Promise<{ id: string }> {
  const [row] = await tx
    .insert(replyTemplates)
    .values({
      name: p.name,
      bodyFr: p.bodyFr,
      bodyEn: p.bodyEn,
      requestTypes: p.requestTypes,
      updatedBy: p.staffId,
      createdAt: p.now,
      updatedAt: p.now,
    })
    .returning({ id: replyTemplates.id });
  return row!;
}

export async function updateReplyTemplate(
  tx: Db,
  p: ReplyTemplateFields & { id: string; staffId: string; now: Date },
): Promise<boolean> {
  const rows = await tx
    .update(replyTemplates)
    .set({
      name: p.name,
      bodyFr: p.bodyFr,
      bodyEn: p.bodyEn,
      requestTypes: p.requestTypes,
      updatedBy: p.staffId,
      updatedAt: p.now,
    })
    .where(eq(replyTemplates.id, p.id))
    .returning({ id: replyTemplates.id });
  return rows.length === 1;
}

export async function deleteReplyTemplate(tx: Db, p: { id: string }): Promise<ReplyTemplate | null> {
  const [row] = await tx.delete(replyTemplates).where(eq(replyTemplates.id, p.id)).returning(columns);
  return row ?? null;
}
