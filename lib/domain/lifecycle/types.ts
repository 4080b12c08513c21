import type { PartialRefusal } from "../partial-refusal";
import type { CompletionResult } from "../completion-result";
import type { IdentityCheckMethod, RefusalReason, RequestStatus, RequestType, StaffRole } from "../vocabulary";
import type { ErrorDetail } from "../error-details";

/**
 * Who takes an action. `api_key`: a call to the REST API with a key whose scopes the policy checked
 * before the lifecycle is asked (lib/auth/api-scopes.ts); the lifecycle treats it as a supervisor.
 */
export type Actor =
  | { kind: "subject" }
  | { kind: "staff"; id: string; role: StaffRole }
  | { kind: "api_key"; id: string }
  | { kind: "system" };

export type LifecycleAction =
  // Staff verify a person they checked themselves (phone, letter): how is required and audited.
  | { type: "verify"; identityCheck?: { method: IdentityCheckMethod; note: string | null } }
  | { type: "assign"; assigneeId: string | null }
  | { type: "start" }
  | { type: "ask_subject"; message: string }
  | { type: "subject_replied" }
  | { type: "submit_for_review" }
  | { type: "complete"; result?: CompletionResult }
  | { type: "extend"; reason: string }
  // null when the form sent no code: the lifecycle refuses it with the same error as an unknown code.
  | { type: "refuse"; reasonCode: RefusalReason | null; reasonText: string }
  | { type: "withdraw"; reason?: string }
  | { type: "reopen"; reason: string };

export type LifecycleActionType = LifecycleAction["type"];
export type ActionOf<T extends LifecycleActionType> = Extract<LifecycleAction, { type: T }>;

export const LIFECYCLE_ACTION_TYPES = [
  "verify",
  "assign",
  "start",
  "ask_subject",
  "subject_replied",
  "submit_for_review",
  "complete",
  "extend",
  "refuse",
  "withdraw",
  "reopen",
] as const satisfies readonly LifecycleActionType[];

/** Audit action names: the lifecycle is their source; audit-log views label them. */
export const AUDIT_ACTIONS = {
  verify: "request.verified",
  assign: "request.assigned",
  start: "request.started",
  ask_subject: "request.clarification_requested",
  subject_replied: "request.subject_replied",
  submit_for_review: "request.submitted_for_review",
  complete: "request.completed",
  extend: "request.extended",
  refuse: "request.refused",
  withdraw: "request.withdrawn",
  reopen: "request.reopened",
} as const satisfies Record<LifecycleActionType, `request.${string}`>;

export type LifecycleAuditAction = (typeof AUDIT_ACTIONS)[LifecycleActionType];

/** The only reason for which the system may withdraw a request on its own. */
export const VERIFICATION_EXPIRED = "verification_expired";

/**
 * Where the request's fulfilment plan stands, as far as closing by hand is concerned:
 * - `planning`: work started, but the plan job has not written the steps yet;
 * - `unfinished`: steps are still to run or to decide;
 * - `settled`: no plan was asked for, or every step succeeded or was skipped.
 */
export type FulfilmentProgress = "planning" | "unfinished" | "settled";

export interface LifecycleContext {
  /** The moment of the transition: every timestamp in the patch is this one. */
  now: Date;
  status: RequestStatus;
  type: RequestType;
  assigneeId: string | null;
  /** The deadline has already been extended once. */
  extended: boolean;
  /** Whether the applicable regime permits an extension for this request at all. */
  extensionAllowed: boolean;
  /** YYYY-MM-DD, the original (unextended) due date. */
  firstDueDate: string;
  /** YYYY-MM-DD in the same calendar/time zone as firstDueDate. */
  today: string;
  /** YYYY-MM-DD, the due date as of now (extension and clock stops counted). */
  dueDate: string;
  /** The clock is stopped now (waiting for the subject's answer). */
  paused: boolean;
  /** Whether waiting for the subject stops the deadline clock under the applicable regime. */
  clockStopAllowed: boolean;
  /**
   * YYYY-MM-DD, the last day to refuse (tell the person we will not act, and why): the regime's refusal limit, never
   * moved by an extension (GDPR Art. 12(4), the US state laws), or the due date where a refusal is the response.
   */
  refusalDueDate: string;
  /** The provision that sets refusalDueDate apart from the due date; null where a refusal is the response. */
  refusalCite: string | null;
  fulfilment: FulfilmentProgress;
  /** The refusal reasons the regime's law knows (lib/domain/refusal-grounds.ts); absent: every reason. */
  refusalReasons?: readonly RefusalReason[];
}

/**
 * The columns of the request row a transition writes. `status` is always set; a column left out
 * keeps its value. (The due dates follow from the clock events and are computed by the caller.)
 */
export interface RequestPatch {
  status: RequestStatus;
  assigneeId?: string | null;
  verifiedAt?: Date;
  pausedAt?: Date | null;
  extendedAt?: Date;
  extensionReason?: string;
  /** Null when reopened: the register and the API tell an open request's refusal from none. */
  refusalReasonCode?: RefusalReason | null;
  refusalReasonText?: string | null;
  outcome?: "completed" | "refused" | "withdrawn" | null;
  closedAt?: Date | null;
  /** Completed with part refused (partial-refusal.ts): appealable under the US state laws; null when reopened. */
  partialRefusal?: PartialRefusal | null;
}

/** Mails to the data subject, each with what its template needs from the action. */
export type SubjectMail =
  | { template: "request_received" }
  | { template: "clarification_request"; message: string; clockStopped: boolean }
  | { template: "extension_notice"; reason: string }
  | { template: "refusal"; reasonCode: RefusalReason; reasonText: string }
  | { template: "withdrawal_confirmation" }
  | { template: "verification_expired" }
  | { template: "completion"; result: CompletionResult | null };

export type MailEvent =
  | ({ kind: "mail"; to: "subject" } & SubjectMail)
  | { kind: "mail"; to: "assignee"; template: "staff_assignment"; assigneeId: string };

export type MailTemplate = MailEvent["template"];

/** Background work a transition asks for; each becomes one outbox job for the request. */
export type LifecycleJob =
  /** Write the fulfilment plan's steps (work has started). */
  | "fulfilment.plan"
  /** Start at once the plans that need no person (a direct-marketing objection). */
  | "fulfilment.autostart"
  /** Put back in line the steps a refusal or withdrawal stopped (the request was reopened). */
  | "fulfilment.resume"
  /** Look at the plan again: stop it (refused, withdrawn) or go on (the subject replied). */
  | "fulfilment.advance";

/** Plain values only: the audit payload is hashed and shown as text. */
export type AuditData = Readonly<Record<string, string | boolean | null>>;

export type LifecycleEvent =
  | { kind: "audit"; action: LifecycleAuditAction; data: AuditData }
  | MailEvent
  | { kind: "clock"; event: "pause" | "resume" | "extend"; reason: string | null }
  /** An outbound message kept with the request's correspondence. */
  | { kind: "message"; template: "clarification_request"; body: string }
  | { kind: "job"; job: LifecycleJob };

export type TransitionFailureCode = "forbidden" | "invalid_transition" | "reason_required" | "extension_not_allowed";

/** `message` is the detail in English (the REST API's words); `detail` lets staff screens show their own language. */
/** `fields`: the input field at fault and why, as an API client or a form needs to point at it. */
export type TransitionFailure = {
  ok: false;
  code: TransitionFailureCode;
  message: string;
  detail: ErrorDetail;
  fields?: Record<string, string>;
};

export type TransitionResult =
  | { ok: true; from: RequestStatus; to: RequestStatus; patch: RequestPatch; events: LifecycleEvent[] }
  | TransitionFailure;
