import { and, asc, desc, eq, getTableColumns, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { mailDeliveries, mailWording } from "../schema";

export type MailRow = typeof mailDeliveries.$inferSelect;
/** A mail as the workspace lists it: never the sealed message. */
export type MailListing = Omit<MailRow, "sealed">;

/** An admin's wording of a mail's template in one language, as the claim reads it (mail_wording). */
export type ClaimedWording = { locale: string; intro: string | null; outro: string | null; version: number };

export type DeliveryClaim =
  | { state: "claimed"; row: MailRow; wordings: ClaimedWording[] }
  | { state: "sent"; messageId: string | null }
  | { state: "in_flight"; claimedAt: Date }
  | { state: "closed"; status: string };

/**
 * Writes a mail's row as queued, in the caller's transaction (the one that queues its job). The same key
 * queued again keeps the first row: a key names one mail.
 */
export async function recordQueuedMail(
  tx: Db,
  p: {
    key: string;
    sealed: string;
    requestId: string | null;
    template: string | null;
    recipientRole: string;
    recipientEnc: string | null;
    requeueAt: Date;
    priority?: number | null;
  },
): Promise<boolean> {
  const inserted = await tx
    .insert(mailDeliveries)
    .values({
      key: p.key,
      status: "queued",
      sealed: p.sealed,
      requestId: p.requestId,
      template: p.template,
      recipientRole: p.recipientRole,
      recipientEnc: p.recipientEnc,
      nextAttemptAt: p.requeueAt,
      priority: p.priority ?? null,
    })
    .onConflictDoNothing()
    .returning({ key: mailDeliveries.key });
  return inserted.length > 0;
}

/**
 * Claims the right to make one attempt at `key`, checked before every attempt. Exactly one concurrent
 * caller gets `claimed` (a conditional UPDATE from queued/failed to sending): one statement when the row
 * is there, as it is for every mail queued with its row. The same statement reads the admin's wordings of
 * the row's template (every language: the language is in the sealed message), as they are when it is sent.
 * A job relayed before the mail's row existed
 * (queued by an older version) creates it first, then claims.
 */
export async function claimDelivery(
  db: Db,
  p: { key: string; sealed: string; requeueAt: Date },
): Promise<DeliveryClaim> {
  const claim = () => {
    const now = new Date();
    return db
      .update(mailDeliveries)
      .set({
        status: "sending",
        claimedAt: now,
        lastAttemptAt: now,
        attempts: sql`${mailDeliveries.attempts} + 1`,
        nextAttemptAt: p.requeueAt,
      })
      .where(and(eq(mailDeliveries.key, p.key), inArray(mailDeliveries.status, ["queued", "failed"])))
      .returning({
        ...getTableColumns(mailDeliveries),
        // The mail's template is qualified by its table: drizzle writes a column of the updated table unqualified
        // in RETURNING, and inside this sub-select a bare "template" is the wording's own, so the test was always
        // true and every template's wording came back (QA s18 F1).
        wordings: sql<
          ClaimedWording[]
        >`coalesce((select json_agg(json_build_object('locale', w.${sql.identifier(mailWording.locale.name)},
          'intro', w.${sql.identifier(mailWording.intro.name)}, 'outro', w.${sql.identifier(mailWording.outro.name)},
          'version', w.${sql.identifier(mailWording.version.name)}))
          from ${mailWording} w where w.${sql.identifier(mailWording.template.name)}
            = ${mailDeliveries}.${sql.identifier(mailDeliveries.template.name)}), '[]'::json)`,
      });
  };
  const claimedRow = (r: MailRow & { wordings: ClaimedWording[] }): DeliveryClaim => {
    const { wordings, ...row } = r;
    return { state: "claimed", row, wordings };
  };
  let [claimed] = await claim();
  if (claimed) return claimedRow(claimed);
  let [row] = await db.select().from(mailDeliveries).where(eq(mailDeliveries.key, p.key));
  if (!row) {
    await db
      .insert(mailDeliveries)
      .values({ key: p.key, status: "queued", sealed: p.sealed, nextAttemptAt: p.requeueAt })
      .onConflictDoNothing();
    [claimed] = await claim();
    if (claimed) return claimedRow(claimed);
    [row] = await db.select().from(mailDeliveries).where(eq(mailDeliveries.key, p.key));
  }
  if (!row) return { state: "closed", status: "missing" };
  if (row.status === "sent") return { state: "sent", messageId: row.messageId };
  if (row.status === "sending") return { state: "in_flight", claimedAt: row.claimedAt };
  return { state: "closed", status: row.status };
}

/** The attempt failed before the server accepted the message: another attempt may send it. */
export async function markAttemptFailed(db: Db, p: { key: string; error: string; requeueAt: Date }): Promise<boolean> {
  const rows = await db
    .update(mailDeliveries)
    .set({ status: "failed", lastError: p.error, nextAttemptAt: p.requeueAt })
    .where(and(eq(mailDeliveries.key, p.key), eq(mailDeliveries.status, "sending")))
    .returning({ key: mailDeliveries.key });
  return rows.length > 0;
}

/** Moves one mail between states only from the states given; returns the row as changed, or undefined. */
export async function updateMailIf(
  db: Db,
  p: { key: string; from: readonly string[]; set: Partial<MailRow>; claimedBefore?: Date },
): Promise<MailRow | undefined> {
  const [row] = await db
    .update(mailDeliveries)
    .set(p.set)
    .where(
      and(
        eq(mailDeliveries.key, p.key),
        inArray(mailDeliveries.status, [...p.from]),
        p.claimedBefore ? lte(mailDeliveries.claimedAt, p.claimedBefore) : undefined,
      ),
    )
    .returning();
  return row;
}

/** Unsent mails whose job had its time (gave up, or was lost with Redis), oldest first, locked for the sweep. */
export async function lockDueMails(tx: Db, p: { now: Date; limit: number }): Promise<MailRow[]> {
  return tx
    .select()
    .from(mailDeliveries)
    .where(and(sql`${mailDeliveries.status} in ('queued', 'failed')`, lte(mailDeliveries.nextAttemptAt, p.now)))
    .orderBy(asc(mailDeliveries.nextAttemptAt))
    .limit(p.limit)
    .for("update", { skipLocked: true });
}

/** Sends claimed before `claimedBefore` with no outcome recorded: their process died mid-send. */
export async function lockStaleSends(tx: Db, p: { claimedBefore: Date; limit: number }): Promise<MailRow[]> {
  return tx
    .select()
    .from(mailDeliveries)
    .where(and(sql`${mailDeliveries.status} = 'sending'`, lte(mailDeliveries.claimedAt, p.claimedBefore)))
    .orderBy(asc(mailDeliveries.claimedAt))
    .limit(p.limit)
    .for("update", { skipLocked: true });
}

/** One request's mail, scoped by the request in the WHERE, locked for a staff decision. */
export async function lockRequestMail(tx: Db, p: { key: string; requestId: string }): Promise<MailRow | undefined> {
  const [row] = await tx
    .select()
    .from(mailDeliveries)
    .where(and(eq(mailDeliveries.key, p.key), eq(mailDeliveries.requestId, p.requestId)))
    .for("update");
  return row;
}

/** A request's mails, newest first, without their sealed content. */
export async function listRequestMails(db: Db, p: { requestId: string; limit?: number }): Promise<MailListing[]> {
  const { sealed, ...columns } = getTableColumns(mailDeliveries);
  void sealed; // never read into a listing
  return db
    .select(columns)
    .from(mailDeliveries)
    .where(eq(mailDeliveries.requestId, p.requestId))
    .orderBy(desc(mailDeliveries.createdAt))
    .limit(p.limit ?? 200);
}
