import { hasPendingLift } from "@/lib/db/queries/lift-notices";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { lastStaffMessageAt, listMessages } from "@/lib/db/queries/messages";
import { findLatestExport, listRequestAuditActions } from "@/lib/db/queries/portal-status";
import { findRequestByStatusTokenHash, listClockEvents } from "@/lib/db/queries/requests";
import { isAuditAction, type AuditAction } from "@/lib/domain/audit-actions";
import {
  isOpenStatus,
  REFUSAL_REASONS,
  type RefusalReason,
  type RequestStatus,
  type RequestType,
} from "@/lib/domain/vocabulary";
import { controllerProfile } from "@/lib/env";
import { closedReplyOpen, closedReplyUntil } from "@/lib/domain/closed-reply";
import { requestTimeZone, todayForRequest } from "@/lib/domain/deadline/today-for-request";
import { isOverdue } from "@/lib/domain/overdue";

const isRefusalReason = (code: string | null): code is RefusalReason =>
  (REFUSAL_REASONS as readonly string[]).includes(code ?? "");

/** Steps the subject sees, in plain words; the page turns each kind into a sentence in their language. */
export type TimelineKind =
  | "received"
  | "confirmed"
  | "identity_checked"
  | "accepted"
  | "started"
  | "started_by_system"
  | "waiting_for_you"
  | "you_replied"
  | "extended"
  | "in_review"
  | "reopened"
  | "completed"
  | "refused"
  | "withdrawn";

export interface TimelineStep {
  kind: TimelineKind;
  at: Date;
  /** The extension reason (the law requires it to be given to the subject). */
  reason?: string | null;
}

export interface ThreadMessage {
  id: string;
  from: "staff" | "you";
  body: string;
  at: Date;
}

export interface SubjectTimeline {
  requestId: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  open: boolean;
  receivedAt: Date;
  dueDate: string;
  firstDueDate: string;
  extended: boolean;
  extensionReason: string | null;
  paused: boolean;
  refusalReasonCode: RefusalReason | null;
  refusalReasonText: string | null;
  /** The controller's time zone, in which the page shows instants (the request's own, else the configured one). */
  timeZone: string;
  steps: TimelineStep[];
  messages: ThreadMessage[];
  canReply: boolean;
  /**
   * Open, clock running and the due date before the controller's "today" (lib/domain/overdue.ts): the page
   * then promises no date but says the answer is late, and what the person can do (QA F19).
   */
  overdue: boolean;
  /** Closed, but staff wrote since: the last day (controller's zone) an answer is taken (QA F27); else null. */
  replyUntil: string | null;
  /** Present only once the fulfilment produced a package. */
  download: {
    expiresAt: Date;
    downloadsLeft: number;
    expired: boolean;
    /** Set once the purge deleted the file (bytes and key): the page says so instead of falling silent. */
    purged: boolean;
    excludedRecords: number;
  } | null;
}

const AUDIT_STEPS: Partial<Record<AuditAction, TimelineKind>> = {
  "request.verified": "confirmed",
  "request.started": "started",
  "request.clarification_requested": "waiting_for_you",
  "request.subject_replied": "you_replied",
  "request.submitted_for_review": "in_review",
  "request.reopened": "reopened",
  "request.completed": "completed",
  "request.refused": "refused",
  "request.withdrawn": "withdrawn",
};

/**
 * Who moved the request out of "unverified" decides what the person is told: only a subject confirmed their own
 * e-mail address. Staff checking the identity themselves (a phone call, a letter, an agent's signed permission)
 * and an opt-out that needs no verification at all (11 CCR § 7026(d)) are not the person's doing; telling them
 * "you confirmed your e-mail address" says something that did not happen.
 */
export function verifiedStepKind(actorType: string): TimelineKind {
  if (actorType === "subject") return "confirmed";
  // The system verifies only the opt-outs it accepts at intake (accept-opt-out.ts).
  if (actorType === "system") return "accepted";
  // Staff, in the back-office or through the REST API with their key.
  return "identity_checked";
}

/**
 * A plan the system runs by itself (a direct-marketing objection, an opt-out, the LGPD's confirmation) was started
 * and closed by no one: "our team started" and "the result is checked before it is sent" would not be true.
 */
function stepKindOf(action: string, actorType: string): TimelineKind | undefined {
  if (action === "request.verified") return verifiedStepKind(actorType);
  if (!isAuditAction(action)) return undefined;
  if (actorType === "system" && action === "request.started") return "started_by_system";
  if (actorType === "system" && action === "request.submitted_for_review") return undefined;
  return AUDIT_STEPS[action];
}

/**
 * Everything the secret status link shows. The request is found by the token's hash in the WHERE
 * clause; every other read is keyed by that request's id.
 */
export async function subjectTimeline(token: string, now = new Date()): Promise<SubjectTimeline | null> {
  if (!token || token.length > 200) return null;
  const row = await findRequestByStatusTokenHash(db(), { tokenHash: hashToken(token) });
  if (!row) return null;
  const open = isOpenStatus(row.status);
  const [actions, clock, messages, pkg, lastStaffAt] = await Promise.all([
    listRequestAuditActions(db(), { requestId: row.id }),
    listClockEvents(db(), { requestId: row.id }),
    listMessages(db(), { requestId: row.id }),
    findLatestExport(db(), { requestId: row.id }),
    // Asked only of a closed request (QA F27): the same query as the reply use case, so both agree.
    open ? null : lastStaffMessageAt(db(), { requestId: row.id }),
  ]);

  const steps: TimelineStep[] = [{ kind: "received", at: row.receivedAt }];
  for (const a of actions) {
    const kind = stepKindOf(a.action, a.actorType);
    if (kind) steps.push({ kind, at: a.at });
  }
  for (const c of clock) if (c.kind === "extend") steps.push({ kind: "extended", at: c.at, reason: c.reason });
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());

  const today = todayForRequest(now, row);
  const zone = requestTimeZone(row);
  const replyAfterClosure = closedReplyOpen(row, lastStaffAt, today, zone);
  // Art. 18(3): the subject told of a coming lift can answer from this page until it runs.
  const liftPending = !open && row.type === "restriction" && (await hasPendingLift(db(), { requestId: row.id }));
  return {
    requestId: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    open,
    receivedAt: row.receivedAt,
    dueDate: row.dueDate,
    firstDueDate: row.firstDueDate,
    extended: row.extendedAt !== null,
    extensionReason: row.extensionReason,
    paused: row.pausedAt !== null,
    refusalReasonCode:
      row.status === "rejected" && isRefusalReason(row.refusalReasonCode) ? row.refusalReasonCode : null,
    refusalReasonText: row.status === "rejected" ? row.refusalReasonText : null,
    timeZone: row.controllerTimeZone ?? controllerProfile().timeZone,
    steps,
    messages: messages.map((m) => ({
      id: m.id,
      from: m.direction === "inbound" ? "you" : "staff",
      body: m.body,
      at: m.createdAt,
    })),
    canReply: (open || liftPending || replyAfterClosure) && row.status !== "unverified",
    overdue: isOverdue(row, today),
    replyUntil: replyAfterClosure && row.closedAt ? closedReplyUntil(row.closedAt, zone) : null,
    download: pkg
      ? {
          expiresAt: pkg.expiresAt,
          downloadsLeft: pkg.purgedAt ? 0 : Math.max(0, pkg.maxDownloads - pkg.downloads),
          expired: pkg.purgedAt !== null || pkg.expiresAt < now,
          purged: pkg.purgedAt !== null,
          excludedRecords: Array.isArray(pkg.exclusions) ? pkg.exclusions.length : 0,
        }
      : null,
  };
}
