import { detailMessage, type ErrorDetail } from "../error-details";
import type { RequestStatus, StaffRole } from "../vocabulary";
import type {
  Actor,
  ActionOf,
  LifecycleContext,
  LifecycleActionType,
  LifecycleEvent,
  RequestPatch,
  SubjectMail,
  TransitionFailure,
  TransitionFailureCode,
} from "./types";

/** What a rule writes and emits besides the status and the audit entry every transition gets. */
export type Effects = { ok: true; patch: Omit<RequestPatch, "status">; events: LifecycleEvent[] };

export interface Rule<T extends LifecycleActionType> {
  /** Statuses the action applies to. */
  from: readonly RequestStatus[];
  /** Target status; null leaves the status unchanged. */
  to: RequestStatus | null;
  /** Phrase for messages: "You are not allowed to <label>." */
  label: string;
  /** Whether this actor may ever take the action (coarse role check). */
  may(actor: Actor): boolean;
  /** Finer checks once actor and status fit (a failure), else the patch and the events. */
  apply(ctx: LifecycleContext, actor: Actor, action: ActionOf<T>): TransitionFailure | Effects;
}

export const STATUS_LABELS: Record<RequestStatus, string> = {
  unverified: "awaiting identity verification",
  new: "new",
  in_progress: "in progress",
  awaiting_subject: "waiting for the data subject",
  in_review: "in review",
  completed: "completed",
  rejected: "rejected",
  withdrawn: "withdrawn",
};

export const WORKING_STATUSES = [
  "new",
  "in_progress",
  "awaiting_subject",
  "in_review",
] as const satisfies readonly RequestStatus[];

// An API key acts within its scopes, which the policy checked before the lifecycle is asked (an admin
// chose them): the lifecycle lets it do what a supervisor may.
const isStaff =
  (...roles: StaffRole[]) =>
  (actor: Actor) =>
    (actor.kind === "staff" && roles.includes(actor.role)) || actor.kind === "api_key";
// Managers are deliberately absent everywhere: they oversee (read-only) and never act on a request.
export const isCaseworker = isStaff("admin", "dpo", "agent");
export const isSupervisor = isStaff("admin", "dpo");

export const fail = (
  code: TransitionFailureCode,
  d: ErrorDetail,
  fields?: Record<string, string>,
): TransitionFailure => ({ ok: false, code, message: detailMessage(d), detail: d, ...(fields ? { fields } : {}) });

const isBlank = (text: unknown) => typeof text !== "string" || text.trim() === "";
/** A missing text names its input field (`reason`, `reasonText`, `message`), as the REST API's 400 does. */
export const requireText = (text: unknown, missing: ErrorDetail, field: string) =>
  isBlank(text) ? fail("reason_required", missing, { [field]: "is required" }) : null;

export const effects = (patch: Omit<RequestPatch, "status"> = {}, events: LifecycleEvent[] = []): Effects => ({
  ok: true,
  patch,
  events,
});

export const mailSubject = (mail: SubjectMail): LifecycleEvent => ({ kind: "mail", to: "subject", ...mail });

/** The columns every closing transition writes. */
export const closing = (
  ctx: LifecycleContext,
  outcome: "completed" | "refused" | "withdrawn",
): Pick<RequestPatch, "outcome" | "closedAt"> => ({ outcome, closedAt: ctx.now });

/**
 * A refused or withdrawn request stops its plan (the advance skips what had not run yet). Before
 * verification there is no plan to stop.
 */
export const stopPlan = (ctx: LifecycleContext): LifecycleEvent[] =>
  ctx.status === "unverified" ? [] : [{ kind: "job", job: "fulfilment.advance" }];
