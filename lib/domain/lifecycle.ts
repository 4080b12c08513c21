import type { AuditAction } from "./audit-actions";
import type { CompletionResult } from "./completion-result";
import {
  OPEN_STATUSES,
  REFUSAL_REASONS,
  type RefusalReason,
  type RequestStatus,
  type RequestType,
  type StaffRole,
} from "./vocabulary";

/**
 * The one place that decides request-lifecycle transitions. Pure: callers load the context,
 * apply `patch`/`to` and dispatch `events` (audit log, mail, deadline clock, jobs) themselves,
 * so the rules can be tested exhaustively without a database.
 *
 * Checks run in a fixed order, which fixes the error code a caller sees:
 *   1. forbidden              - this actor may never take this action
 *   2. invalid_transition     - the action does not apply to the current status
 *   3. forbidden              - the actor may take this action, but not here / not like this
 *   4. reason_required        - a mandatory message or reason is missing or blank
 *   5. extension_not_allowed  - extension guards (once, before first deadline, permitted at all)
 */

export type Actor = { kind: "subject" } | { kind: "staff"; id: string; role: StaffRole } | { kind: "system" };

export type LifecycleAction =
  | { type: "verify" }
  | { type: "assign"; assigneeId: string | null }
  | { type: "start" }
  | { type: "ask_subject"; message: string }
  | { type: "subject_replied" }
  | { type: "submit_for_review" }
  | { type: "complete"; result?: CompletionResult }
  | { type: "extend"; reason: string }
  | { type: "refuse"; reasonCode: RefusalReason; reasonText: string }
  | { type: "withdraw"; reason?: string }
  | { type: "reopen"; reason: string };

export type LifecycleActionType = LifecycleAction["type"];

export interface LifecycleContext {
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
  /** Whether waiting for the subject stops the deadline clock under the applicable regime. */
  clockStopAllowed: boolean;
}

export type LifecycleEvent =
  | { kind: "audit"; action: AuditAction; data?: Record<string, unknown> }
  | { kind: "mail"; template: string; to: "subject" | "assignee" }
  | { kind: "clock"; event: "pause" | "resume" | "extend" }
  | { kind: "job"; name: string };

export type TransitionPatch = { assigneeId?: string | null; extended?: true };

export type TransitionFailureCode = "forbidden" | "invalid_transition" | "reason_required" | "extension_not_allowed";

export type TransitionResult =
  | { ok: true; from: RequestStatus; to: RequestStatus; patch: TransitionPatch; events: LifecycleEvent[] }
  | { ok: false; code: TransitionFailureCode; message: string };

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

/** Audit action names, exported so audit-log views can label them. */
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

/** The only reason for which the system may withdraw a request on its own. */
export const VERIFICATION_EXPIRED = "verification_expired";

type ActionOf<T extends LifecycleActionType> = Extract<LifecycleAction, { type: T }>;
type Failure = Extract<TransitionResult, { ok: false }>;
type Effects = { patch?: TransitionPatch; events?: LifecycleEvent[] };

interface Rule<T extends LifecycleActionType> {
  /** Statuses the action applies to. */
  from: readonly RequestStatus[];
  /** Target status; null leaves the status unchanged. */
  to: RequestStatus | null;
  /** Phrase for messages: "You are not allowed to <label>." */
  label: string;
  /** Whether this actor may ever take the action (coarse role check). */
  may(actor: Actor): boolean;
  /** Finer checks once actor and status fit; return a failure or null. */
  guard?(ctx: LifecycleContext, actor: Actor, action: ActionOf<T>): Failure | null;
  /** Patch and events besides the audit event every transition gets. */
  effects?(ctx: LifecycleContext, actor: Actor, action: ActionOf<T>): Effects;
}

const WORKING_STATUSES = [
  "new",
  "in_progress",
  "awaiting_subject",
  "in_review",
] as const satisfies readonly RequestStatus[];

const STATUS_LABELS: Record<RequestStatus, string> = {
  unverified: "awaiting identity verification",
  new: "new",
  in_progress: "in progress",
  awaiting_subject: "waiting for the data subject",
  in_review: "in review",
  completed: "completed",
  rejected: "rejected",
  withdrawn: "withdrawn",
};

const isStaff =
  (...roles: StaffRole[]) =>
  (actor: Actor) =>
    actor.kind === "staff" && roles.includes(actor.role);
// Managers are deliberately absent everywhere: they oversee (read-only) and never act on a request.
const isCaseworker = isStaff("admin", "dpo", "agent");
const isSupervisor = isStaff("admin", "dpo");

const isBlank = (text: unknown) => typeof text !== "string" || text.trim() === "";
const fail = (code: TransitionFailureCode, message: string): Failure => ({ ok: false, code, message });
const requireText = (text: unknown, what: string) =>
  isBlank(text) ? fail("reason_required", `${what} is required.`) : null;
const mailSubject = (template: string): LifecycleEvent => ({ kind: "mail", template, to: "subject" });

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const RULES: { [T in LifecycleActionType]: Rule<T> } = {
  verify: {
    from: ["unverified"],
    to: "new",
    label: "verify this request",
    may: (actor) => actor.kind === "subject" || actor.kind === "system",
    effects: () => ({ events: [mailSubject("request_received"), { kind: "job", name: "fulfilment.plan" }] }),
  },

  assign: {
    from: WORKING_STATUSES,
    to: null,
    label: "assign this request",
    may: isCaseworker,
    guard: (_ctx, actor, action) =>
      actor.kind === "staff" && actor.role === "agent" && action.assigneeId !== actor.id
        ? fail("forbidden", "Agents can only assign requests to themselves.")
        : null,
    effects: (ctx, actor, action) => {
      const assigneeId = action.assigneeId;
      const actorId = actor.kind === "staff" ? actor.id : null;
      // Nobody needs a mail about work they took themselves or already had.
      const notify = assigneeId !== null && assigneeId !== actorId && assigneeId !== ctx.assigneeId;
      return {
        patch: { assigneeId },
        events: notify ? [{ kind: "mail", template: "staff_assignment", to: "assignee" }] : [],
      };
    },
  },

  start: {
    from: ["new"],
    to: "in_progress",
    label: "start work on this request",
    // The system starts plans that need no person (a direct-marketing objection, Art. 21(3)).
    may: (actor) => actor.kind === "system" || isCaseworker(actor),
    effects: () => ({ events: [{ kind: "job", name: "fulfilment.start" }] }),
  },

  ask_subject: {
    from: ["in_progress", "in_review"],
    to: "awaiting_subject",
    label: "ask the data subject for information",
    may: isCaseworker,
    guard: (_ctx, _actor, action) => requireText(action.message, "A message to the data subject"),
    effects: (ctx) => ({
      events: [
        // Only regimes that stop the clock while waiting for the subject get a pause; elsewhere
        // the deadline keeps running and the request must still be answered in time.
        ...(ctx.clockStopAllowed ? [{ kind: "clock", event: "pause" } as const] : []),
        mailSubject("clarification_request"),
      ],
    }),
  },

  subject_replied: {
    from: ["awaiting_subject"],
    to: "in_progress",
    label: "record a reply from the data subject",
    may: (actor) => actor.kind === "subject",
    effects: (ctx) => ({ events: ctx.clockStopAllowed ? [{ kind: "clock", event: "resume" }] : [] }),
  },

  submit_for_review: {
    from: ["in_progress"],
    to: "in_review",
    label: "submit this request for review",
    may: (actor) => actor.kind === "system" || isCaseworker(actor),
  },

  complete: {
    from: ["in_review"],
    to: "completed",
    label: "complete this request",
    // The system completes a request when the last step of its fulfilment plan succeeded (the plan's
    // review gates were passed by staff before); by hand, only a supervisor closes a request.
    may: (actor) => actor.kind === "system" || isSupervisor(actor),
    effects: () => ({ events: [mailSubject("completion")] }),
  },

  extend: {
    from: WORKING_STATUSES,
    to: null,
    label: "extend the deadline",
    may: isSupervisor,
    guard: (ctx, _actor, action) => {
      const missing = requireText(action.reason, "A reason for the extension");
      if (missing) return missing;
      if (!ctx.extensionAllowed)
        return fail("extension_not_allowed", "The deadline of this request cannot be extended.");
      if (ctx.extended) return fail("extension_not_allowed", "The deadline has already been extended once.");
      if (!DATE_PATTERN.test(ctx.today) || !DATE_PATTERN.test(ctx.firstDueDate)) {
        throw new Error("LifecycleContext dates must be YYYY-MM-DD strings");
      }
      // An extension must be notified within the original period, so it is refused once that has passed.
      if (ctx.today > ctx.firstDueDate) {
        return fail("extension_not_allowed", "The deadline can only be extended before the original due date.");
      }
      return null;
    },
    effects: () => ({
      patch: { extended: true },
      events: [{ kind: "clock", event: "extend" }, mailSubject("extension_notice")],
    }),
  },

  refuse: {
    from: OPEN_STATUSES,
    to: "rejected",
    label: "refuse this request",
    may: isSupervisor,
    guard: (_ctx, _actor, action) =>
      (REFUSAL_REASONS as readonly string[]).includes(action.reasonCode)
        ? requireText(action.reasonText, "An explanation of the refusal")
        : fail("reason_required", "A valid refusal reason code is required."),
    effects: () => ({ events: [mailSubject("refusal")] }),
  },

  withdraw: {
    from: OPEN_STATUSES,
    to: "withdrawn",
    label: "withdraw this request",
    // Staff (not managers) may record a withdrawal the subject made by phone or letter.
    may: (actor) => actor.kind === "subject" || actor.kind === "system" || isCaseworker(actor),
    guard: (ctx, actor, action) =>
      actor.kind === "system" && (ctx.status !== "unverified" || action.reason !== VERIFICATION_EXPIRED)
        ? fail("forbidden", "The system can only withdraw unverified requests whose verification has expired.")
        : null,
    // No confirmation for an expired verification: the address was never confirmed, and its
    // owner may not be the person who filed the request.
    effects: (_ctx, actor) => ({ events: actor.kind === "system" ? [] : [mailSubject("withdrawal_confirmation")] }),
  },

  reopen: {
    // Not from withdrawn: reopening would override the subject's own decision.
    from: ["completed", "rejected"],
    to: "in_progress",
    label: "reopen this request",
    may: isSupervisor,
    guard: (_ctx, _actor, action) => requireText(action.reason, "A reason for reopening"),
  },
};

function auditData(actor: Actor, action: LifecycleAction, ctx: LifecycleContext): Record<string, unknown> {
  const by =
    actor.kind === "staff"
      ? { actorKind: "staff", actorId: actor.id, actorRole: actor.role }
      : { actorKind: actor.kind };
  switch (action.type) {
    case "assign":
      return { ...by, assigneeId: action.assigneeId, previousAssigneeId: ctx.assigneeId };
    case "extend":
    case "reopen":
      return { ...by, reason: action.reason };
    case "refuse":
      return { ...by, reasonCode: action.reasonCode, reasonText: action.reasonText };
    case "withdraw":
      return action.reason === undefined ? by : { ...by, reason: action.reason };
    // The clarification message itself is stored with the correspondence, not copied into the audit log.
    default:
      return by;
  }
}

export function decideTransition(ctx: LifecycleContext, actor: Actor, action: LifecycleAction): TransitionResult {
  // Bivariant method types make this widening safe: `action` is the one matching this rule.
  const rule = RULES[action.type] as Rule<LifecycleActionType>;
  if (!rule) return fail("invalid_transition", "Unknown action.");
  if (!rule.may(actor)) return fail("forbidden", `You are not allowed to ${rule.label}.`);
  if (!rule.from.includes(ctx.status)) {
    return fail("invalid_transition", `You cannot ${rule.label} while the request is ${STATUS_LABELS[ctx.status]}.`);
  }
  const failure = rule.guard?.(ctx, actor, action) ?? null;
  if (failure) return failure;

  const { patch = {}, events = [] } = rule.effects?.(ctx, actor, action) ?? {};
  return {
    ok: true,
    from: ctx.status,
    to: rule.to ?? ctx.status,
    patch,
    events: [{ kind: "audit", action: AUDIT_ACTIONS[action.type], data: auditData(actor, action, ctx) }, ...events],
  };
}

/** Representative arguments that satisfy every argument check, so only actor, status and context decide. */
function placeholderAction(type: LifecycleActionType, actor: Actor): LifecycleAction {
  switch (type) {
    case "assign":
      return { type, assigneeId: actor.kind === "staff" ? actor.id : null };
    case "ask_subject":
      return { type, message: "placeholder" };
    case "extend":
    case "reopen":
      return { type, reason: "placeholder" };
    case "refuse":
      return { type, reasonCode: "other", reasonText: "placeholder" };
    case "withdraw":
      return actor.kind === "system" ? { type, reason: VERIFICATION_EXPIRED } : { type };
    default:
      return { type };
  }
}

/**
 * Actions the UI may offer this actor now. Argument checks pass by construction; an agent is
 * offered `assign` (to themselves), and `extend` only when the extension guards allow it.
 */
export function allowedActions(ctx: LifecycleContext, actor: Actor): LifecycleActionType[] {
  return LIFECYCLE_ACTION_TYPES.filter((type) => decideTransition(ctx, actor, placeholderAction(type, actor)).ok);
}
