import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { findDrpRequestWithFacts, insertDrpCallback, swapLastNotified } from "@/lib/db/queries/drp";
import { DRP_DETAILS, drpStatusOf, type DrpStatusView } from "@/lib/domain/drp";
import { isLocale } from "@/lib/domain/locale";
import { appUrl } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { drpCallbackJob } from "@/lib/queue/jobs/drp-callback";

/** The Exercise Status object of § 3.03 (keys as the protocol spells them). */
export interface DrpExerciseStatus {
  request_id: string;
  agent_request_id?: string;
  status: DrpStatusView["status"];
  reason?: string;
  received_at: string;
  expected_by?: string;
  processing_details: string;
  user_verification_url?: string;
}

type Facts = NonNullable<Awaited<ReturnType<typeof findDrpRequestWithFacts>>>;

/** A request's protocol status, as the status endpoint answers and a callback posts it. */
export function drpStatusBody(f: Facts): DrpExerciseStatus {
  const view = drpStatusOf({
    status: f.status,
    refusalReasonCode: f.refusalReasonCode,
    verifiedAt: f.verifiedAt,
    dueDate: f.dueDate,
    extended: f.extendedDueDate !== null,
    revokedByAgent: f.link.revokedAt !== null,
  });
  const locale = isLocale(f.locale) ? f.locale : "en";
  return {
    request_id: f.link.requestId,
    ...(f.link.agentRequestId ? { agent_request_id: f.link.agentRequestId } : {}),
    status: view.status,
    ...(view.reason ? { reason: view.reason } : {}),
    received_at: f.receivedAt.toISOString(),
    ...(view.expectedBy ? { expected_by: view.expectedBy } : {}),
    processing_details: DRP_DETAILS[locale][view.details],
    // The consumer confirms with the code or link of the verification mail on the portal's verify page.
    ...(view.reason === "need_user_verification" ? { user_verification_url: `${appUrl()}/${locale}/verify` } : {}),
  };
}

/**
 * Called by appendAudit for every audit entry about a request, in its transaction: when the request was
 * filed through the protocol and its protocol status (state, reason, expected_by, details) differs from
 * the last one queued for the agent, one callback row and its outbox job are written. Entries that do
 * not change the protocol status (a note, a reminder) queue nothing.
 */
export async function emitDrpStatusCallback(tx: Db, p: { requestId: string | null; at: Date }): Promise<boolean> {
  if (!p.requestId) return false;
  const facts = await findDrpRequestWithFacts(tx, { requestId: p.requestId });
  if (!facts) return false;
  const body = drpStatusBody(facts);
  if (!(await swapLastNotified(tx, { requestId: p.requestId, status: body }))) return false;
  if (!facts.link.statusCallback) return false;
  const id = `drpcb_${randomUUID().replaceAll("-", "")}`;
  await insertDrpCallback(tx, {
    id,
    requestId: p.requestId,
    agentId: facts.link.agentId,
    url: facts.link.statusCallback,
    body,
    dueAt: p.at,
  });
  await enqueueJob(tx, drpCallbackJob, { callbackId: id });
  return true;
}
