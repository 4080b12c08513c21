import { partialRefusalOf } from "../partial-refusal";
import { refusalLimitPassed } from "../overdue";
import { fail, type Rule } from "./helpers";
import { RULES } from "./rules";
import {
  AUDIT_ACTIONS,
  LIFECYCLE_ACTION_TYPES,
  VERIFICATION_EXPIRED,
  type Actor,
  type AuditData,
  type LifecycleAction,
  type LifecycleActionType,
  type LifecycleContext,
  type TransitionResult,
} from "./types";
import { detail } from "../error-details";

/**
 * The one place that decides request-lifecycle transitions. Pure: callers load the context, write
 * `patch` to the request row and turn each of `events` into its effect (audit entry, mail, clock
 * event, message, outbox job), so the rules can be tested exhaustively without a database.
 *
 * Checks run in a fixed order, which fixes the error code a caller sees:
 *   1. forbidden              - this actor may never take this action
 *   2. invalid_transition     - the action does not apply to the current status
 *   3. forbidden              - the actor may take this action, but not here / not like this
 *   4. reason_required        - a mandatory message or reason is missing or blank
 *   5. extension_not_allowed  - extension guards (once, before first deadline, permitted at all)
 *   6. invalid_transition     - closing by hand while the fulfilment plan is not settled
 */
export function decideTransition(ctx: LifecycleContext, actor: Actor, action: LifecycleAction): TransitionResult {
  // Bivariant method types make this widening safe: `action` is the one matching this rule.
  const rule = RULES[action.type] as Rule<LifecycleActionType> | undefined;
  if (!rule) return fail("invalid_transition", detail("lifecycle.unknown_action"));
  if (!rule.may(actor)) return fail("forbidden", detail("lifecycle.not_allowed_to_action", { action: action.type }));
  if (!rule.from.includes(ctx.status)) {
    return fail("invalid_transition", detail("lifecycle.wrong_status", { action: action.type, status: ctx.status }));
  }
  const outcome = rule.apply(ctx, actor, action);
  if (!outcome.ok) return outcome;
  const to = rule.to ?? ctx.status;
  return {
    ok: true,
    from: ctx.status,
    to,
    patch: { status: to, ...outcome.patch },
    events: [
      { kind: "audit", action: AUDIT_ACTIONS[action.type], data: auditData(actor, action, ctx) },
      ...outcome.events,
    ],
  };
}

function auditData(actor: Actor, action: LifecycleAction, ctx: LifecycleContext): AuditData {
  const by: AuditData =
    actor.kind === "staff"
      ? { actorKind: "staff", actorId: actor.id, actorRole: actor.role }
      : actor.kind === "api_key"
        ? { actorKind: "api_key", actorId: actor.id }
        : { actorKind: actor.kind };
  switch (action.type) {
    case "assign":
      return { ...by, assigneeId: action.assigneeId, previousAssigneeId: ctx.assigneeId };
    case "extend":
    case "reopen":
      return { ...by, reason: action.reason };
    // A late refusal is still sent (never blocked); the record says how late it was, against which limit (Art. 5(2)).
    case "refuse":
      return {
        ...by,
        reasonCode: action.reasonCode,
        reasonText: action.reasonText,
        ...refusalLimitRecord(ctx),
      };
    case "withdraw":
      return action.reason === undefined ? by : { ...by, reason: action.reason };
    case "verify":
      return action.identityCheck
        ? { ...by, identityCheckMethod: action.identityCheck.method, identityCheckNote: action.identityCheck.note }
        : by;
    // Completed with part refused: which part (partial-refusal.ts), so the timeline shows it, and — as for a
    // refusal — the refusal limit and whether it had passed (regulators read Art. 12(4) as covering a partial refusal).
    case "complete": {
      const partial = partialRefusalOf(action.result);
      return partial ? { ...by, partialRefusal: partial, ...refusalLimitRecord(ctx) } : by;
    }
    // The clarification message itself is stored with the correspondence, not copied into the audit log.
    default:
      return by;
  }
}

/** The last day to refuse, whether today is past it, and the provision that sets it (null: the due date). */
function refusalLimitRecord(ctx: LifecycleContext) {
  return {
    refusalLimit: ctx.refusalDueDate,
    refusalLimitPassed: refusalLimitPassed(ctx.refusalDueDate, ctx.today),
    refusalLimitCite: ctx.refusalCite,
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
    case "verify":
      return actor.kind === "staff" || actor.kind === "api_key"
        ? { type, identityCheck: { method: "id_document", note: null } }
        : { type };
    default:
      return { type };
  }
}

/**
 * Actions the UI may offer this actor now. Argument checks pass by construction; an agent is
 * offered `assign` (to themselves), `extend` only when the extension guards allow it, and
 * `complete` only once the fulfilment plan is settled.
 */
export function allowedActions(ctx: LifecycleContext, actor: Actor): LifecycleActionType[] {
  return LIFECYCLE_ACTION_TYPES.filter((type) => decideTransition(ctx, actor, placeholderAction(type, actor)).ok);
}
