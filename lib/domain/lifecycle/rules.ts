import { isOverdue } from "../overdue";
import { partialRefusalOf } from "../partial-refusal";
import { OPEN_STATUSES, REFUSAL_REASONS, startsByItself } from "../vocabulary";
import {
  closing,
  effects,
  fail,
  isCaseworker,
  isSupervisor,
  mailSubject,
  requireText,
  stopPlan,
  WORKING_STATUSES,
  type Rule,
} from "./helpers";
import { VERIFICATION_EXPIRED, type LifecycleActionType, type LifecycleEvent } from "./types";
import { detail } from "../error-details";

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** One rule per lifecycle action: who, from which statuses, to which status, and what it writes and emits. */
export const RULES: { [T in LifecycleActionType]: Rule<T> } = {
  verify: {
    from: ["unverified"],
    to: "new",
    label: "verify this request",
    // Staff (not managers) verify a person whose identity they checked themselves (phone, letter).
    may: (actor) => actor.kind === "subject" || actor.kind === "system" || isCaseworker(actor),
    // The types that run without a person (startsByItself) are started by the autostart job once verified.
    apply: (ctx, actor, action) => {
      if (actor.kind === "staff" || actor.kind === "api_key") {
        const check = action.identityCheck;
        if (!check)
          return fail("reason_required", detail("lifecycle.identity_check_required"), {
            identityMethod: "choose how the identity was checked",
          });
        if (check.method === "other" && !check.note?.trim())
          return fail("reason_required", detail("lifecycle.identity_check_note_required"), {
            identityNote: "say how the identity was checked",
          });
      }
      const autostart: LifecycleEvent[] = startsByItself(ctx.type)
        ? [{ kind: "job", job: "fulfilment.autostart" }]
        : [];
      return effects({ verifiedAt: ctx.now }, [mailSubject({ template: "request_received" }), ...autostart]);
    },
  },

  assign: {
    from: WORKING_STATUSES,
    to: null,
    label: "assign this request",
    may: isCaseworker,
    apply: (ctx, actor, action) => {
      if (actor.kind === "staff" && actor.role === "agent" && action.assigneeId !== actor.id)
        return fail("forbidden", detail("lifecycle.agents_assign_self_only"));
      const assigneeId = action.assigneeId;
      const actorId = actor.kind === "staff" ? actor.id : null;
      // Nobody needs a mail about work they took themselves or already had.
      const notify = assigneeId !== null && assigneeId !== actorId && assigneeId !== ctx.assigneeId;
      return effects(
        { assigneeId },
        notify ? [{ kind: "mail", to: "assignee", template: "staff_assignment", assigneeId }] : [],
      );
    },
  },

  start: {
    from: ["new"],
    to: "in_progress",
    label: "start work on this request",
    // The system starts plans that need no person (a direct-marketing objection, Art. 21(3)).
    may: (actor) => actor.kind === "system" || isCaseworker(actor),
    apply: () => effects({}, [{ kind: "job", job: "fulfilment.plan" }]),
  },

  ask_subject: {
    from: ["in_progress", "in_review"],
    to: "awaiting_subject",
    label: "ask the data subject for information",
    may: isCaseworker,
    apply: (ctx, _actor, action) => {
      const missing = requireText(action.message, detail("lifecycle.message_to_subject_required"), "message");
      if (missing) return missing;
      // Only regimes that stop the clock while waiting for the subject get a pause; elsewhere
      // the deadline keeps running and the request must still be answered in time. A deadline already missed
      // cannot be stopped: the question goes out, the request stays overdue (and escalated) until answered.
      const stops =
        ctx.clockStopAllowed && !isOverdue({ status: ctx.status, pausedAt: null, dueDate: ctx.dueDate }, ctx.today);
      const pause: LifecycleEvent[] = stops ? [{ kind: "clock", event: "pause", reason: null }] : [];
      return effects(stops ? { pausedAt: ctx.now } : {}, [
        ...pause,
        { kind: "message", template: "clarification_request", body: action.message },
        mailSubject({ template: "clarification_request", message: action.message, clockStopped: stops }),
      ]);
    },
  },

  subject_replied: {
    from: ["awaiting_subject"],
    to: "in_progress",
    label: "record a reply from the data subject",
    may: (actor) => actor.kind === "subject",
    // The reply lets a plan that waited for it go on; the clock restarts if the question stopped it.
    apply: (ctx) =>
      ctx.clockStopAllowed && ctx.paused
        ? effects({ pausedAt: null }, [
            { kind: "clock", event: "resume", reason: null },
            { kind: "job", job: "fulfilment.advance" },
          ])
        : effects({}, [{ kind: "job", job: "fulfilment.advance" }]),
  },

  submit_for_review: {
    from: ["in_progress"],
    to: "in_review",
    label: "submit this request for review",
    may: (actor) => actor.kind === "system" || isCaseworker(actor),
    apply: () => effects(),
  },

  complete: {
    from: ["in_review"],
    to: "completed",
    label: "complete this request",
    // The system completes a request when the last step of its fulfilment plan succeeded (the plan's
    // review gates were passed by staff before); by hand, only a supervisor closes a request.
    may: (actor) => actor.kind === "system" || isSupervisor(actor),
    apply: (ctx, actor, action) => {
      // Closing by hand while the plan is unwritten or has steps to run or decide would leave a
      // package unapproved or an erasure half done. (Refusing the request stays possible and stops the plan.)
      if (actor.kind !== "system" && ctx.fulfilment === "planning")
        return fail("invalid_transition", detail("lifecycle.plan_being_prepared"));
      if (actor.kind !== "system" && ctx.fulfilment === "unfinished")
        return fail("invalid_transition", detail("lifecycle.plan_unfinished"));
      return effects({ ...closing(ctx, "completed"), partialRefusal: partialRefusalOf(action.result) }, [
        mailSubject({ template: "completion", result: action.result ?? null }),
      ]);
    },
  },

  extend: {
    from: WORKING_STATUSES,
    to: null,
    label: "extend the deadline",
    may: isSupervisor,
    apply: (ctx, _actor, action) => {
      const missing = requireText(action.reason, detail("lifecycle.extension_reason_required"), "reason");
      if (missing) return missing;
      if (!ctx.extensionAllowed) return fail("extension_not_allowed", detail("lifecycle.no_extension"));
      if (ctx.extended) return fail("extension_not_allowed", detail("lifecycle.already_extended"));
      if (!DATE_PATTERN.test(ctx.today) || !DATE_PATTERN.test(ctx.firstDueDate)) {
        throw new Error("LifecycleContext dates must be YYYY-MM-DD strings");
      }
      // An extension must be notified within the original period, so it is refused once that has passed.
      if (ctx.today > ctx.firstDueDate) {
        return fail("extension_not_allowed", detail("lifecycle.extension_too_late"));
      }
      return effects({ extendedAt: ctx.now, extensionReason: action.reason }, [
        { kind: "clock", event: "extend", reason: action.reason },
        mailSubject({ template: "extension_notice", reason: action.reason }),
      ]);
    },
  },

  refuse: {
    from: OPEN_STATUSES,
    to: "rejected",
    label: "refuse this request",
    may: isSupervisor,
    apply: (ctx, _actor, action) => {
      const reasonCode = action.reasonCode;
      // The code may come straight from a form or a JSON body: check it against the list.
      if (reasonCode === null || !(REFUSAL_REASONS as readonly string[]).includes(reasonCode))
        return fail("reason_required", detail("lifecycle.refusal_code_required"), { reasonCode: "choose a reason" });
      if (ctx.refusalReasons && !ctx.refusalReasons.includes(reasonCode))
        return fail("reason_required", detail("lifecycle.refusal_code_not_a_ground"), {
          reasonCode: "is not a ground of refusal under this law",
        });
      const missing = requireText(action.reasonText, detail("lifecycle.refusal_explanation_required"), "reasonText");
      if (missing) return missing;
      return effects(
        { refusalReasonCode: reasonCode, refusalReasonText: action.reasonText, ...closing(ctx, "refused") },
        [mailSubject({ template: "refusal", reasonCode, reasonText: action.reasonText }), ...stopPlan(ctx)],
      );
    },
  },

  withdraw: {
    from: OPEN_STATUSES,
    to: "withdrawn",
    label: "withdraw this request",
    // Staff (not managers) may record a withdrawal the subject made by phone or letter.
    may: (actor) => actor.kind === "subject" || actor.kind === "system" || isCaseworker(actor),
    apply: (ctx, actor, action) => {
      if (actor.kind === "system" && (ctx.status !== "unverified" || action.reason !== VERIFICATION_EXPIRED))
        return fail("forbidden", detail("lifecycle.system_withdraws_expired_only"));
      // An expired verification gets its own mail (it was never confirmed, so no confirmation of a
      // withdrawal the person asked for): whoever reached that address is told, and may file again.
      const confirm = mailSubject({
        template: actor.kind === "system" ? "verification_expired" : "withdrawal_confirmation",
      });
      return effects(closing(ctx, "withdrawn"), [confirm, ...stopPlan(ctx)]);
    },
  },

  reopen: {
    // Not from withdrawn: reopening would override the subject's own decision.
    from: ["completed", "rejected"],
    to: "in_progress",
    label: "reopen this request",
    may: isSupervisor,
    // The plan takes up where a refusal stopped it. The refusal's ground and text leave the row — an open request
    // listed in the register with a "basis of refusal" read as refused — and stay in the audit log and the appeal.
    apply: (_ctx, _actor, action) =>
      requireText(action.reason, detail("lifecycle.reopening_reason_required"), "reason") ??
      effects(
        { outcome: null, closedAt: null, partialRefusal: null, refusalReasonCode: null, refusalReasonText: null },
        [{ kind: "job", job: "fulfilment.resume" }],
      ),
  },
};
