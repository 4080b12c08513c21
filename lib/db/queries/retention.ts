import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { deleteRequestAgent } from "./request-agents";
import { forgetDrpClaims } from "./drp";
import { deleteNameTokens } from "./name-tokens";
import { deleteAttachmentsOfRequest } from "./attachments";
import type { Db } from "../client";
import { deleteCollectedOfRequest } from "./collected-data";
import { requestAppeals } from "../schema/appeals";
import {
  controllerComplaints,
  exportDownloadCodes,
  exports,
  mailDeliveries,
  requestMessages,
  requestNotes,
  requests,
  requestTasks,
  requestVerifications,
} from "../schema";

/** Closed for good: the states a request leaves only by a reopen (which clears closed_at). */
const CLOSED = ["completed", "rejected", "withdrawn"] as const;

/**
 * Closed requests whose record period ended, oldest first (partial index requests_retention_idx, a
 * range on closed_at). `regimes` narrows to those regimes; `exceptRegimes` leaves them out (they have
 * a period of their own).
 */
export async function listRequestsDueForMinimising(
  db: Db,
  p: { closedBefore: Date; regimes?: string[]; exceptRegimes?: string[]; limit: number },
): Promise<{ id: string; closedAt: Date; regime: string }[]> {
  const only = p.regimes ? sql`and regime = any(${`{${p.regimes.join(",")}}`}::text[])` : sql``;
  const except =
    p.exceptRegimes && p.exceptRegimes.length > 0
      ? sql`and regime <> all(${`{${p.exceptRegimes.join(",")}}`}::text[])`
      : sql``;
  const { rows } = await db.execute<{ id: string; closed_at: string; regime: string }>(sql`
    select id, closed_at, regime from requests
    where closed_at is not null and minimised_at is null and closed_at < ${p.closedBefore.toISOString()}::timestamptz
      and status in ('completed','rejected','withdrawn') ${only} ${except}
    order by closed_at, id limit ${p.limit}`);
  return rows.map((r) => ({ id: r.id, closedAt: new Date(r.closed_at), regime: r.regime }));
}

/** The request, locked for the minimisation, if it is still closed and not minimised yet. */
export async function lockRequestToMinimise(tx: Db, p: { id: string }) {
  const [row] = await tx
    .select({
      id: requests.id,
      reference: requests.reference,
      regime: requests.regime,
      status: requests.status,
      closedAt: requests.closedAt,
    })
    .from(requests)
    .where(and(eq(requests.id, p.id), isNull(requests.minimisedAt), inArray(requests.status, [...CLOSED])))
    .for("update");
  return row?.closedAt ? row : null;
}

/** The request's packages whose file may still exist (the caller deletes the bytes first). */
export async function listPackagesToDestroy(tx: Db, p: { requestId: string }) {
  return tx
    .select({ id: exports.id, path: exports.path, requestId: exports.requestId })
    .from(exports)
    .where(and(eq(exports.requestId, p.requestId), isNull(exports.purgedAt)));
}

export interface MinimisedCounts {
  messages: number;
  notes: number;
  tasks: number;
  verifications: number;
  packages: number;
}

/**
 * Destroys what identifies the subject, keeping the record CCPA §7101(b) / Art. 5(2) asks for: reference,
 * type (nature), channel (manner), regime and jurisdiction, every date (request, response), status,
 * outcome (nature of the response), the refusal reason code and text (the basis for a denial, which for
 * `other` is only in the text) and the extension reason, and the audit chain (no subject data in it). The not-null subject columns become empty strings, which
 * the subject-field readers show as "minimised".
 */
export async function destroySubjectData(tx: Db, p: { id: string; now: Date }): Promise<MinimisedCounts> {
  const messages = await tx
    .delete(requestMessages)
    .where(eq(requestMessages.requestId, p.id))
    .returning({ id: requestMessages.id });
  const notes = await tx
    .delete(requestNotes)
    .where(eq(requestNotes.requestId, p.id))
    .returning({ id: requestNotes.id });
  const verifications = await tx
    .delete(requestVerifications)
    .where(eq(requestVerifications.requestId, p.id))
    .returning({ id: requestVerifications.requestId });
  const tasks = await tx
    .update(requestTasks)
    .set({ resultEnc: null, note: null, instructions: null, lastError: null, updatedAt: p.now })
    .where(eq(requestTasks.requestId, p.id))
    .returning({ id: requestTasks.id });
  await tx.execute(
    sql`delete from ${exportDownloadCodes} where export_id in (select id from ${exports} where request_id = ${p.id})`,
  );
  // The person's address and any unsent message in the mail log; the complaint texts (UK s. 164A).
  await tx.update(mailDeliveries).set({ recipientEnc: null, sealed: null }).where(eq(mailDeliveries.requestId, p.id));
  await tx.delete(controllerComplaints).where(eq(controllerComplaints.requestId, p.id));
  // An appeal's record (received, decide by, decision, who) stays with the request's; its texts go.
  await tx
    .update(requestAppeals)
    .set({ reasonEnc: "", decisionReasonEnc: null, extensionReasonEnc: null })
    .where(eq(requestAppeals.requestId, p.id));
  // An authorised agent's identity and signed permission (11 CCR § 7063).
  await deleteRequestAgent(tx, { requestId: p.id });
  // What a Data Rights Protocol agent sent about the consumer (phone, address…).
  await forgetDrpClaims(tx, { requestId: p.id });
  // The name search's index of the subject's name, and the files attached to the thread.
  await deleteNameTokens(tx, { requestId: p.id });
  await deleteAttachmentsOfRequest(tx, { requestId: p.id });
  // Rows still staged for a package that was never released.
  await deleteCollectedOfRequest(tx, { requestId: p.id });
  // The package's own key goes with it, even for a package purged earlier that kept it.
  const packages = await tx
    .update(exports)
    .set({ keyEnc: null, purgedAt: sql`coalesce(${exports.purgedAt}, ${p.now.toISOString()}::timestamptz)` })
    .where(eq(exports.requestId, p.id))
    .returning({ id: exports.id });
  await tx
    .update(requests)
    .set({
      emailEnc: "",
      emailBidx: "",
      fullNameEnc: "",
      accountReferenceEnc: null,
      detailsEnc: null,
      specificsEnc: null,
      statusTokenHash: null,
      statusTokenEnc: null,
      minimisedAt: p.now,
      updatedAt: p.now,
      version: sql`${requests.version} + 1`,
    })
    .where(eq(requests.id, p.id));
  return {
    messages: messages.length,
    notes: notes.length,
    tasks: tasks.length,
    verifications: verifications.length,
    packages: packages.length,
  };
}
