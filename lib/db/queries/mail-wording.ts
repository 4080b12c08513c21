import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { mailWording } from "../schema";

export interface MailWordingRow {
  template: string;
  locale: string;
  intro: string | null;
  outro: string | null;
  version: number;
  updatedBy: string | null;
  updatedAt: Date;
}

/** The admin wording of one mail in one language, or null (the mail's own wording only). */
export async function findMailWording(db: Db, p: { template: string; locale: string }): Promise<MailWordingRow | null> {
  const [row] = await db
    .select()
    .from(mailWording)
    .where(and(eq(mailWording.template, p.template), eq(mailWording.locale, p.locale)))
    .limit(1);
  return row ?? null;
}

export async function listMailWordings(db: Db): Promise<MailWordingRow[]> {
  return db.select().from(mailWording);
}

/** Writes the wording (a new version of it), in the caller's transaction; returns the version. */
export async function upsertMailWording(
  tx: Db,
  p: { template: string; locale: string; intro: string | null; outro: string | null; staffId: string; now: Date },
): Promise<number> {
  const [row] = await tx
    .insert(mailWording)
    .values({
      template: p.template,
      locale: p.locale,
      intro: p.intro,
      outro: p.outro,
      version: 1,
      updatedBy: p.staffId,
      updatedAt: p.now,
    })
    .onConflictDoUpdate({
      target: [mailWording.template, mailWording.locale],
      set: {
        intro: p.intro,
        outro: p.outro,
        version: sql`${mailWording.version} + 1`,
        updatedBy: p.staffId,
        updatedAt: p.now,
      },
    })
    .returning({ version: mailWording.version });
  return row!.version;
}

export async function deleteMailWording(tx: Db, p: { template: string; locale: string }): Promise<boolean> {
  const rows = await tx
    .delete(mailWording)
    .where(and(eq(mailWording.template, p.template), eq(mailWording.locale, p.locale)))
    .returning({ t: mailWording.template });
  return rows.length === 1;
}
