import type { PolicyResource, StaffAction } from "@/lib/auth/policy";
import { AUDIT_ACTIONS, type ActionOf, type LifecycleAuditAction, type MailTemplate } from "@/lib/domain/lifecycle";
import type { StaffTransitionRequest, StaffTransitionType } from "./staff-transition-input";

/**
 * Everything about one staff transition in one place. Pure data and functions (no database), so the
 * workspace's client components read their labels from here too.
 */
export interface StaffTransitionSpec<T extends StaffTransitionType> {
  /** The `can()` action that guards it (assignment depends on who gets the request). */
  policy(
    input: Pick<StaffTransitionRequest, "assigneeId">,
    staff: { id: string },
  ): {
    action: StaffAction;
    resource?: PolicyResource;
  };
  /** The audit entry it writes (the lifecycle's name for it). */
  audit: (typeof AUDIT_ACTIONS)[T];
  /** The button in the workspace, and its text while the action runs. */
  label: string;
  pending: string;
  /** The confirmation shown once it went through. */
  done: string;
  /** How the request's timeline shows its audit entry. */
  timeline: string;
  /** The mails it may send (the lifecycle decides which, e.g. no mail for assigning yourself). */
  mails: readonly MailTemplate[];
  /** The form's fields as the lifecycle action; the lifecycle checks what is missing or blank. */
  toAction(input: StaffTransitionRequest): ActionOf<T>;
}

export const STAFF_TRANSITION_SPECS: { [T in StaffTransitionType]: StaffTransitionSpec<T> } = {
  assign: {
    policy: (input, staff) =>
      input.assigneeId === staff.id
        ? { action: "request.assign_self", resource: { targetAssigneeId: input.assigneeId } }
        : { action: "request.assign_others" },
    audit: AUDIT_ACTIONS.assign,
    label: "Assign",
    pending: "Assigning…",
    done: "Assignment saved.",
    timeline: "Assigned",
    mails: ["staff_assignment"],
    toAction: (input) => ({ type: "assign", assigneeId: input.assigneeId ?? null }),
  },
  start: {
    policy: () => ({ action: "request.start" }),
    audit: AUDIT_ACTIONS.start,
    label: "Start work",
    pending: "Starting…",
    done: "Work started.",
    timeline: "Work started",
    mails: [],
    toAction: () => ({ type: "start" }),
  },
  ask_subject: {
    policy: () => ({ action: "request.ask_subject" }),
    audit: AUDIT_ACTIONS.ask_subject,
    label: "Ask the subject",
    pending: "Sending…",
    done: "Question sent to the subject.",
    timeline: "Asked the subject",
    mails: ["clarification_request"],
    toAction: (input) => ({ type: "ask_subject", message: input.message ?? "" }),
  },
  submit_for_review: {
    policy: () => ({ action: "request.submit_for_review" }),
    audit: AUDIT_ACTIONS.submit_for_review,
    label: "Submit for review",
    pending: "Submitting…",
    done: "Submitted for review.",
    timeline: "Submitted for review",
    mails: [],
    toAction: () => ({ type: "submit_for_review" }),
  },
  complete: {
    policy: () => ({ action: "request.complete" }),
    audit: AUDIT_ACTIONS.complete,
    label: "Complete",
    pending: "Completing…",
    done: "Request completed.",
    timeline: "Completed",
    mails: ["completion"],
    toAction: () => ({ type: "complete" }),
  },
  extend: {
    policy: () => ({ action: "request.extend" }),
    audit: AUDIT_ACTIONS.extend,
    label: "Extend deadline",
    pending: "Extending…",
    done: "Deadline extended; the subject is notified.",
    timeline: "Deadline extended",
    mails: ["extension_notice"],
    toAction: (input) => ({ type: "extend", reason: input.reason ?? "" }),
  },
  refuse: {
    policy: () => ({ action: "request.refuse" }),
    audit: AUDIT_ACTIONS.refuse,
    label: "Refuse",
    pending: "Refusing…",
    done: "Request refused; the subject is notified.",
    timeline: "Refused",
    mails: ["refusal"],
    toAction: (input) => ({ type: "refuse", reasonCode: input.reasonCode ?? null, reasonText: input.reasonText ?? "" }),
  },
  withdraw: {
    policy: () => ({ action: "request.withdraw" }),
    audit: AUDIT_ACTIONS.withdraw,
    label: "Withdraw on behalf of the subject",
    pending: "Withdrawing…",
    done: "Request withdrawn.",
    timeline: "Withdrawn",
    mails: ["withdrawal_confirmation"],
    // An empty field means the staff member did not say how the subject asked.
    toAction: (input) => ({ type: "withdraw", reason: input.reason || undefined }),
  },
  reopen: {
    policy: () => ({ action: "request.reopen" }),
    audit: AUDIT_ACTIONS.reopen,
    label: "Reopen",
    pending: "Reopening…",
    done: "Request reopened.",
    timeline: "Reopened",
    mails: [],
    toAction: (input) => ({ type: "reopen", reason: input.reason ?? "" }),
  },
};

/** The `can()` action that guards a staff transition (the staff wrappers' `policy`). */
export function transitionPolicy(input: Pick<StaffTransitionRequest, "type" | "assigneeId">, staff: { id: string }) {
  return STAFF_TRANSITION_SPECS[input.type].policy(input, staff);
}

/**
 * The policy of the staff wrappers for a transition: a staff member holding none of the transitions'
 * actions is refused before the input is read; the exact check follows from the parsed input.
 */
export const STAFF_TRANSITION_POLICY = {
  anyOf: [
    ...new Set<StaffAction>([
      "request.assign_self",
      "request.assign_others",
      ...Object.values(STAFF_TRANSITION_SPECS).map((spec) => spec.policy({ assigneeId: null }, { id: "" }).action),
    ]),
  ],
  check: transitionPolicy,
} as const;

/** How the timeline shows the lifecycle's audit entries that staff transitions write. */
export const STAFF_TRANSITION_WORDS: Partial<Record<LifecycleAuditAction, string>> = Object.fromEntries(
  Object.values(STAFF_TRANSITION_SPECS).map((spec) => [spec.audit, spec.timeline]),
);
